// SMB table 2: offenders managed at level 2 or 3 at any time in [$start, $end], each counted once,
// at the highest level they reached in the year (with that period's category). Starts from the
// level periods (index on level, from), not from every case of the area.
MATCH (lp:LevelPeriod)
WHERE lp.level IN [2, 3] AND lp.from <= $end AND (lp.to IS NULL OR lp.to >= $start)
MATCH (mc:MappaCase {area: $area})-[:HAD_LEVEL]->(lp)
WHERE {{record-visible mc}}
MATCH (n:Nominal)-[:HAS_CASE]->(mc)
WHERE {{person-visible n}}
WITH n, lp ORDER BY lp.level DESC, lp.from DESC
WITH n, collect(lp)[0] AS top
RETURN top.category AS category, top.level AS level, count(*) AS offenders
