// Exclusion zones of nominal $id (through his orders' conditions), with the condition and the person protected.
// Geometry only when $victimDetails (a zone is drawn around where a victim lives).
MATCH (n:Person {id: $id})-[:SUBJECT_OF]->(o:Order)-[:HAS_CONDITION]->(c:Condition)-[:HAS_ZONE]->(z:ExclusionZone)
WHERE {{record-visible z}}
OPTIONAL MATCH (z)-[:PROTECTS]->(pp:Person)
RETURN z.id AS id, z.name AS name, z.from AS from, z.to AS to, z.radiusM AS radiusM, coalesce(z.version, 0) AS version,
       CASE WHEN $victimDetails THEN z.geometry END AS geometry,
       c.id AS condition, o.id AS order, o.type AS orderType,
       CASE WHEN $victimDetails THEN pp.id END AS protectedPerson,
       CASE WHEN $victimDetails THEN pp.forename END AS protectedForename,
       CASE WHEN $victimDetails THEN pp.surname END AS protectedSurname
ORDER BY z.from, z.id
LIMIT 500
