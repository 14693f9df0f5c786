// What recording a case needs to check: the meeting's chair, whether the case is on its agenda, the
// case's category, level and open actions, and which of the named officers and agencies exist.
MATCH (m:Meeting {id: $meetingId})
OPTIONAL MATCH (m)-[:CHAIRED_BY]->(ch:Officer)
OPTIONAL MATCH (m)-[:DISCUSSES]->(mc:MappaCase {id: $caseId})
OPTIONAL MATCH (n:Nominal)-[:HAS_CASE]->(mc)
RETURN ch.id AS chairId, m.status AS status, date(m.date) AS day, mc IS NOT NULL AS onAgenda,
       mc.category AS category, mc.level AS level, n.id AS nominalId,
       [(mc)-[:HAS_ACTION]->(a:Action) | a.id] AS actionIds,
       [id IN $officerIds WHERE EXISTS { (:Officer {id: id}) }] AS officers,
       [id IN $agencyIds WHERE EXISTS { (:Agency {id: id}) }] AS agencies,
       [(m)<-[:INVITED_TO]-(o:Officer) | o.id] AS invited
