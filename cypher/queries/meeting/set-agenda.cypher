// Replaces a planned meeting's agenda with $caseIds, in that order (agendaOrder 1..n).
MATCH (m:Meeting {id: $meetingId})
OPTIONAL MATCH (m)-[old:DISCUSSES]->(:MappaCase)
DELETE old
WITH DISTINCT m
UNWIND range(0, size($caseIds) - 1) AS i
MATCH (mc:MappaCase {id: $caseIds[i]})
CREATE (m)-[:DISCUSSES {agendaOrder: i + 1, setBy: $username, setAt: $now}]->(mc)
RETURN count(*) AS cases
