// The persons holding the MAPPA cases $ids, read before and after a batch of the cases file writes
// them, so that rso-marks.cypher sees both the old holder of a moved case and the new one.
UNWIND $ids AS cid
MATCH (o:Person)-[:HAS_CASE]->(:MappaCase {id: cid})
RETURN DISTINCT o.id AS id
