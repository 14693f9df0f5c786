// The nominal whose case $caseId is, when the case belongs to the meeting's area $area. No scope
// here: the caller passes the nominal to RecordAccess.readPerson, which decides and audits, and
// answers "no such case" alike for unknown and hidden cases.
MATCH (n:Nominal)-[:HAS_CASE]->(mc:MappaCase {id: $caseId})
WHERE mc.area = $area
RETURN n.id AS nominalId,
       EXISTS { (mc)<-[inv:INVITED_FOR]-(:Officer {id: $viewer.officerId})
                WHERE coalesce(inv.meeting, $meetingId) = $meetingId AND inv.from <= date()
                  AND (inv.to IS NULL OR inv.to >= date()) } AS invited
LIMIT 1
