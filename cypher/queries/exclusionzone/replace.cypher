// Replaces zone $zone.id (condition, person protected, name, dates and shape at once) only if it is still at
// $version (what the user edited): no row back means someone changed it meanwhile. It may move to another
// condition of the same nominal. Its marking and source stay as they were; the version moves on in this write.
MATCH (z:ExclusionZone {id: $zone.id})
WHERE coalesce(z.version, 0) = $version
MATCH (c:Condition {id: $condition})
MATCH (pp:Person {id: $protectedPerson})
SET z += $zone, z.version = $version + 1
WITH z, c, pp
OPTIONAL MATCH (z)<-[oldc:HAS_ZONE]-(:Condition)
DELETE oldc
WITH z, c, pp
OPTIONAL MATCH (z)-[oldp:PROTECTS]->(:Person)
DELETE oldp
WITH DISTINCT z, c, pp
CREATE (c)-[:HAS_ZONE]->(z)
CREATE (z)-[:PROTECTS]->(pp)
RETURN z.version AS version
