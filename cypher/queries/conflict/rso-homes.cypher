// Rule 5's population: the current homes (on $asOf) of registered sex offenders (an ACTIVE category 1
// case) inside the box $southWest..$northEast (point index), except address kinds $concentrationExempt.
// Loaded once for a large recompute and searched in Java (uk.vigil.conflict.RsoHomes) instead of
// expanding every address within the radius of every RSO's home, nominal by nominal.
MATCH (a:Address)
WHERE point.withinBBox(a.location, $southWest, $northEast) AND NOT a.kind IN $concentrationExempt
MATCH (o:Nominal)-[l:LIVES_AT]->(a)
WHERE l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
  AND EXISTS { (o)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', category: 1}) }
RETURN DISTINCT o.id AS other, a.id AS otherAddress, a.location.latitude AS lat, a.location.longitude AS lng
