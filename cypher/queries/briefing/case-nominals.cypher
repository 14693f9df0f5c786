// The nominal whose case each of $caseIds is, when the case belongs to the meeting's area $area, and
// whether $viewer is invited for it at meeting $meetingId. No scope here: the caller passes the
// nominals to RecordAccess.readPeople, which decides and audits; unknown and hidden cases are both
// simply absent ("no such case").
UNWIND $caseIds AS caseId
MATCH (n:Nominal)-[:HAS_CASE]->(mc:MappaCase {id: caseId})
WHERE mc.area = $area
WITH caseId, mc, collect(n.id)[0] AS nominalId
RETURN caseId, nominalId,
       EXISTS { (mc)<-[inv:INVITED_FOR]-(:Officer {id: $viewer.officerId})
                WHERE coalesce(inv.meeting, $meetingId) = $meetingId AND inv.from <= date()
                  AND (inv.to IS NULL OR inv.to >= date()) } AS invited
