// Nominals with an active MAPPA case in one area, filtered, sorted and paged, as $viewer may see
// them: the total counts only visible nominals, so it reveals nothing about the others.
// $sort is one of an allowlist (see NominalQuery); $dir is 'asc' or 'desc'.
MATCH (c:MappaCase {area: $area, status: 'ACTIVE'})
WHERE ($category IS NULL OR c.category = $category)
  AND ($level IS NULL OR c.level = $level)
  AND {{record-visible c}}
MATCH (n:Nominal)-[:HAS_CASE]->(c)
WHERE ($name IS NULL
   OR toLower(n.surname) STARTS WITH $name
   OR toLower(n.forename) STARTS WITH $name)
  AND {{person-visible n}}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_ASSESSMENT]->(r:RiskAssessment {tool: 'ROSH'}) WHERE {{record-visible r}}
  RETURN r.level AS rosh ORDER BY r.date DESC LIMIT 1
}
WITH n, c, rosh
WHERE $rosh IS NULL OR rosh = $rosh
CALL (n) {
  OPTIONAL MATCH (n)-[h:LIVES_AT]->(a:Address) WHERE {{record-visible a}}
  RETURN a.town AS town ORDER BY h.to IS NULL DESC, h.from DESC LIMIT 1
}
WITH n, c, rosh, town,
     CASE $sort
       WHEN 'forename' THEN toLower(n.forename) + ' ' + toLower(n.surname)
       WHEN 'dob' THEN toString(n.dob)
       WHEN 'category' THEN toString(c.category) + toLower(n.surname)
       WHEN 'level' THEN toString(c.level) + toLower(n.surname)
       WHEN 'rosh' THEN coalesce(CASE rosh WHEN 'LOW' THEN '1' WHEN 'MEDIUM' THEN '2' WHEN 'HIGH' THEN '3' WHEN 'VERY_HIGH' THEN '4' END, '0') + toLower(n.surname)
       WHEN 'town' THEN coalesce(toLower(town), '~') + toLower(n.surname)
       ELSE toLower(n.surname) + ' ' + toLower(n.forename)
     END AS sortKey
ORDER BY CASE WHEN $dir = 'asc' THEN sortKey END ASC,
         CASE WHEN $dir = 'desc' THEN sortKey END DESC,
         n.id
WITH collect({
  id: n.id, forename: n.forename, surname: n.surname, dob: n.dob, sex: n.sex,
  category: c.category, level: c.level, rosh: rosh, area: c.area, town: town,
  crn: n.crn, pnc: n.pncId
}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $size] AS items
