// The condition a zone hangs off, its type and the nominal subject to it; whether the protected person exists.
MATCH (n:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition {id: $condition})
OPTIONAL MATCH (pp:Person {id: $protectedPerson})
RETURN c.type AS type, n.id AS nominal, coalesce(c.area, n.area) AS area, pp IS NOT NULL AS protectedExists
LIMIT 1
