// Records of the area that make an SMB table impossible or wrong, by check, with up to 50 example
// case ids each (only cases $viewer may see). docs/meetings.md lists the checks.
MATCH (mc:MappaCase {area: $area})
WHERE {{record-visible mc}}
// from the area's cases to their nominals, not from every nominal (see statistics/eligible-on-day)
CALL (mc) {
  MATCH (n:Nominal)-[:HAS_CASE]->(mc)
  WHERE {{person-visible n}}
  RETURN n
}
CALL (mc) {
  OPTIONAL MATCH (mc)-[:HAD_LEVEL]->(lp:LevelPeriod)
  RETURN collect(lp {.id, .category, .level, .from, .to}) AS periods
}
WITH mc, periods, [x IN [
    CASE WHEN (mc.category = 3 AND mc.level = 1) OR any(p IN periods WHERE p.category = 3 AND p.level = 1)
         THEN 'CATEGORY_3_AT_LEVEL_1' END,
    CASE WHEN (mc.level IS NOT NULL AND mc.category IS NULL) OR any(p IN periods WHERE p.level IS NOT NULL AND p.category IS NULL)
         THEN 'LEVEL_WITHOUT_CATEGORY' END,
    CASE WHEN (mc.category IS NOT NULL AND mc.level IS NULL) OR any(p IN periods WHERE p.category IS NOT NULL AND p.level IS NULL)
         THEN 'CATEGORY_WITHOUT_LEVEL' END,
    CASE WHEN NOT coalesce(mc.category IN [1, 2, 3], true) OR NOT coalesce(mc.level IN [1, 2, 3], true)
              OR any(p IN periods WHERE NOT coalesce(p.category IN [1, 2, 3], true) OR NOT coalesce(p.level IN [1, 2, 3], true))
         THEN 'CATEGORY_OR_LEVEL_OUT_OF_RANGE' END,
    CASE WHEN any(p IN periods WHERE p.from IS NULL OR (p.to IS NOT NULL AND p.to < p.from))
         THEN 'LEVEL_PERIOD_DATES_INVALID' END,
    // sharing the handover day (one ends the day the next starts) is adjacency, not overlap
    CASE WHEN any(a IN periods WHERE any(b IN periods WHERE a.id < b.id AND a.from < coalesce(b.to, date('9999-12-31'))
                                                       AND b.from < coalesce(a.to, date('9999-12-31'))))
         THEN 'OVERLAPPING_LEVEL_PERIODS' END,
    CASE WHEN mc.status = 'ACTIVE' AND size(periods) = 0 THEN 'ACTIVE_CASE_WITHOUT_LEVEL_HISTORY' END,
    CASE WHEN mc.status = 'ACTIVE' AND any(p IN periods WHERE p.to IS NULL AND (p.level <> mc.level OR p.category <> mc.category))
         THEN 'CURRENT_LEVEL_DISAGREES_WITH_HISTORY' END,
    CASE WHEN mc.status = 'CLOSED' AND mc.closedDate IS NULL THEN 'CLOSED_WITHOUT_DATE' END,
    CASE WHEN mc.referralDate IS NULL THEN 'NO_REFERRAL_DATE' END
  ] WHERE x IS NOT NULL] AS problems
WHERE size(problems) > 0
UNWIND problems AS check
WITH check, mc.id AS caseId ORDER BY caseId
WITH check, collect(caseId) AS cases
RETURN check, size(cases) AS count, cases[..50] AS examples
ORDER BY check
