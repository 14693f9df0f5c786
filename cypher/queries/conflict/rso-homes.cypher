// Rule 5's population: the current homes (on $asOf) of registered sex offenders (an ACTIVE category 1
// case: :Rso) inside the boxes $boxes ({southWest, northEast}; point index on :RsoAddress, migration V0013),
// except address kinds $concentrationExempt.
// Loaded once for a large recompute and searched in Java (uk.vigil.conflict.RsoHomes) instead of
// expanding every address within the radius of every RSO's home, nominal by nominal.
UNWIND $boxes AS box
MATCH (a:RsoAddress)
WHERE point.withinBBox(a.location, box.southWest, box.northEast) AND NOT a.kind IN $concentrationExempt
MATCH (o:Rso)-[l:LIVES_AT]->(a)
WHERE l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
RETURN DISTINCT o.id AS other, a.id AS otherAddress, a.location.latitude AS lat, a.location.longitude AS lng
