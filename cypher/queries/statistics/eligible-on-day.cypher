// SMB table 1: MAPPA-eligible offenders living in the community on $day (31 March), by the category
// and level of the LevelPeriod covering that day. A case counts when it was referred by $day, not
// closed before it, and has a level period covering it; an offender counts when no custody period
// (sentence, remand, recall, hospital) covers the day. Distinct offenders per cell; only people and
// cases $viewer may see.
MATCH (mc:MappaCase {area: $area})
WHERE (mc.referralDate IS NULL OR mc.referralDate <= $day) AND (mc.closedDate IS NULL OR mc.closedDate > $day)
  AND {{record-visible mc}}
// from the area's cases to their nominals (a subquery, so the planner cannot start from every
// nominal and decide person-visible for each, including those of other areas)
CALL (mc) {
  MATCH (n:Nominal)-[:HAS_CASE]->(mc)
  WHERE {{person-visible n}}
    AND NOT EXISTS { (n)-[:HAD_CUSTODY]->(cp:CustodyPeriod) WHERE cp.from <= $day AND (cp.to IS NULL OR cp.to >= $day) }
  RETURN n
}
CALL (mc) {
  MATCH (mc)-[:HAD_LEVEL]->(lp:LevelPeriod)
  WHERE lp.from <= $day AND (lp.to IS NULL OR lp.to >= $day)
  RETURN lp ORDER BY lp.from DESC LIMIT 1
}
RETURN lp.category AS category, lp.level AS level, count(DISTINCT n) AS offenders
