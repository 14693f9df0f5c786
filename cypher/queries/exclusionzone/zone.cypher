// Exclusion zone $zone as the viewer may see it: the nominal whose condition it hangs off and its version
// (a zone never edited since versions were kept is version 0).
MATCH (n:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition)-[:HAS_ZONE]->(z:ExclusionZone {id: $zone})
WHERE {{record-visible z}}
RETURN n.id AS nominal, c.id AS condition, coalesce(z.version, 0) AS version
LIMIT 1
