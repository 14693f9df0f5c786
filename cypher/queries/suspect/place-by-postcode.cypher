// The place of a suspect search given as a postcode: the centre of the recorded addresses with that
// (normalised) postcode that the viewer may find (linked-record-searchable). No row when none is recorded.
MATCH (a:Address {postcode: $postcode})
WHERE a.location IS NOT NULL AND {{linked-record-searchable a}}
WITH a LIMIT 200
WITH avg(a.location.latitude) AS lat, avg(a.location.longitude) AS lng, count(a) AS addresses, min(a.town) AS town
WHERE addresses > 0
RETURN lat, lng, $postcode AS postcode, town
