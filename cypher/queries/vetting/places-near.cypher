// Sensitive places within $radiusM of $point (point index on SensitivePlace.location), nearest first.
MATCH (sp:SensitivePlace)
WHERE point.distance(sp.location, $point) <= $radiusM AND {{record-visible sp}}
RETURN sp.id AS id, sp.name AS name, sp.type AS type, sp.town AS town,
       sp.location.latitude AS lat, sp.location.longitude AS lng
ORDER BY point.distance(sp.location, $point)
LIMIT 200
