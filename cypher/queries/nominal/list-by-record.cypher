// The nominal list when it is sorted by the nominal's or case's own fields (surname, forename,
// dob, category, level) and not filtered by RoSH: page first, then look up RoSH and town for the
// page's rows only. Same scope, same result shape as list.cypher.
MATCH (c:MappaCase {area: $area, status: 'ACTIVE'})
WHERE ($category IS NULL OR c.category = $category)
  AND ($level IS NULL OR c.level = $level)
  AND {{record-visible c}}
MATCH (n:Nominal)-[:HAS_CASE]->(c)
WHERE ($name IS NULL
   OR toLower(n.surname) STARTS WITH $name
   OR toLower(n.forename) STARTS WITH $name)
  AND {{person-visible n}}
WITH n, c,
     CASE $sort
       WHEN 'forename' THEN toLower(n.forename) + ' ' + toLower(n.surname)
       WHEN 'dob' THEN toString(n.dob)
       WHEN 'category' THEN toString(c.category) + toLower(n.surname)
       WHEN 'level' THEN toString(c.level) + toLower(n.surname)
       ELSE toLower(n.surname) + ' ' + toLower(n.forename)
     END AS sortKey
ORDER BY CASE WHEN $dir = 'asc' THEN sortKey END ASC,
         CASE WHEN $dir = 'desc' THEN sortKey END DESC,
         n.id
WITH collect({n: n, c: c}) AS matched
WITH size(matched) AS total, matched[$skip..$skip + $size] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
WITH total, row, row.n AS n, row.c AS c
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_ASSESSMENT]->(r:RiskAssessment {tool: 'ROSH'}) WHERE {{record-visible r}}
  RETURN r.level AS rosh ORDER BY r.date DESC LIMIT 1
}
CALL (n) {
  OPTIONAL MATCH (n)-[h:LIVES_AT]->(a:Address) WHERE {{record-visible a}}
  RETURN a.town AS town ORDER BY h.to IS NULL DESC, h.from DESC LIMIT 1
}
WITH total, collect(CASE WHEN n IS NULL THEN NULL ELSE {
  id: n.id, forename: n.forename, surname: n.surname, dob: n.dob, sex: n.sex,
  category: c.category, level: c.level, rosh: rosh, area: c.area, town: town,
  crn: n.crn, pnc: n.pncId
} END) AS items
RETURN total, items
