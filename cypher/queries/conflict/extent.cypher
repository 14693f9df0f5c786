// The bounding box (degrees) of every address of nominals $ids, whatever the relation or date: a
// superset of where a recompute of them can look, so rule 5's RSO homes are loaded once for it.
UNWIND $ids AS nid
MATCH (n:Person {id: nid})-[:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a:Address)
WHERE a.location IS NOT NULL
RETURN min(a.location.latitude) AS south, max(a.location.latitude) AS north,
       min(a.location.longitude) AS west, max(a.location.longitude) AS east
