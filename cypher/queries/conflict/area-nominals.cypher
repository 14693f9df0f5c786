// Nominals with an ACTIVE case in area $area (a whole-area scan), in id order.
MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', area: $area})
RETURN DISTINCT n.id AS id ORDER BY id
