// Creates exclusion zone $zone.id (all properties at once: never half-written) hanging off condition
// $condition and protecting $protectedPerson, at version 0 (replacing one is replace.cypher, with a version check).
MATCH (c:Condition {id: $condition})
MATCH (pp:Person {id: $protectedPerson})
MERGE (z:ExclusionZone {id: $zone.id})
SET z += $zone, z.version = coalesce(z.version, -1) + 1
WITH z, c, pp
OPTIONAL MATCH (z)<-[oldc:HAS_ZONE]-(:Condition)
DELETE oldc
WITH z, c, pp
OPTIONAL MATCH (z)-[oldp:PROTECTS]->(:Person)
DELETE oldp
WITH DISTINCT z, c, pp
CREATE (c)-[:HAS_ZONE]->(z)
CREATE (z)-[:PROTECTS]->(pp)
RETURN z.id AS id
