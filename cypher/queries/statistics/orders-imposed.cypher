// Restrictive orders imposed in [$start, $end] (order date `from`): SHPO/SOPO (with or without a
// foreign travel restriction), notification orders and FTOs on offenders with a category 1 case of
// the area; SROs (no conviction needed) on anyone of the area.
MATCH (o:Order)
WHERE o.type IN ['SHPO', 'SOPO', 'NOTIFICATION_ORDER', 'FTO', 'SRO'] AND o.from >= $start AND o.from <= $end
  AND {{record-visible o}}
MATCH (n:Person)-[:SUBJECT_OF]->(o)
WHERE {{person-visible n}}
OPTIONAL MATCH (n)-[:HAS_CASE]->(mc:MappaCase {area: $area})
WITH o, n, collect(mc.category) AS categories
WHERE 1 IN categories OR (o.type = 'SRO' AND (n.area = $area OR size(categories) > 0))
RETURN o.type AS type, coalesce(o.foreignTravelRestriction, false) AS foreignTravelRestriction, count(o) AS orders
