// Offenders of the area with an event of $types in [$start, $end] (breach of $breachOf when given),
// with the category and level of their case on the event's date (the covering LevelPeriod, else the
// case's own). One row per offender, category and level; the service counts distinct offenders.
MATCH (e:Event)
WHERE e.type IN $types AND e.date >= $start AND e.date <= $end
  AND ($breachOf IS NULL OR e.breachOf IN $breachOf) AND {{record-visible e}}
MATCH (n:Nominal)-[:HAD_EVENT]->(e)
WHERE {{person-visible n}}
MATCH (n)-[:HAS_CASE]->(mc:MappaCase {area: $area})
WHERE {{record-visible mc}} AND (mc.referralDate IS NULL OR mc.referralDate <= e.date)
OPTIONAL MATCH (mc)-[:HAD_LEVEL]->(lp:LevelPeriod) WHERE lp.from <= e.date AND (lp.to IS NULL OR lp.to >= e.date)
RETURN DISTINCT n.id AS offender, coalesce(lp.category, mc.category) AS category, coalesce(lp.level, mc.level) AS level
