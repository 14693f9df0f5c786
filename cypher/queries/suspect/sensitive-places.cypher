// Sensitive places (schools, pools, playgrounds...) within $distance metres of the offence's place:
// for NOT_IN_SIGHT_OF conditions the offence would breach. Places are not personal data; at most 100.
MATCH (s:SensitivePlace) WHERE point.distance(s.location, $place) <= $distance AND {{record-visible s}}
RETURN s.type AS type, s.name AS name, point.distance(s.location, $place) AS distanceM
ORDER BY distanceM LIMIT 100
