// Every area id (scans after an import cover them all).
MATCH (a:Area) RETURN a.id AS id ORDER BY id
