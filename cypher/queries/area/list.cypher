// MAPPA areas, for pickers.
MATCH (a:Area)
RETURN a.id AS id, a.name AS name
ORDER BY a.name
