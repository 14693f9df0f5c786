// A plain base map needing no tiles: the towns of areas $areas, each at the mean position of its
// addresses (from imported data), with how many addresses it has. Largest first.
MATCH (a:Address)
WHERE a.area IN $areas AND a.town IS NOT NULL AND a.location IS NOT NULL
WITH a.town AS town, avg(a.location.latitude) AS lat, avg(a.location.longitude) AS lng, count(*) AS addresses
WHERE addresses >= 3
RETURN town, lat, lng, addresses
ORDER BY addresses DESC
LIMIT 300
