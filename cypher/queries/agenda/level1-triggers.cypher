// Level 1 cases of a level 2 meeting's area ($meetingId) with a breach (or further offending) or a
// RoSH assessment of HIGH or above since their recorded last review, found from the event side:
// the (type, date) and (tool, date) indexes, so the ~99% of level 1 cases with nothing new are never
// walked. Only a pre-filter (AgendaRules decides, from the facts agenda/candidates reads); run before
// agenda/candidates, which takes the ids as $level1Cases. Nothing here reaches the viewer.
MATCH (m:Meeting {id: $meetingId})
WHERE m.level = 2
WITH m.area AS area, date(m.date) AS day
WITH area, day, day - duration({days: $cadence['1']}) AS yearAgo
CALL (area, day, yearAgo) {
  MATCH (e:Event)
  WHERE e.type IN $breachTypes AND e.date > yearAgo AND e.date <= day
  // a barrier: compared with the case below, the date would no longer be seekable in the index
  WITH e, e.date AS happened
  MATCH (n:Nominal)-[:HAD_EVENT]->(e)
  MATCH (n)-[:HAS_CASE]->(mc:MappaCase)
  WHERE mc.area = area AND mc.status = 'ACTIVE' AND mc.level = 1 AND happened > coalesce(mc.lastReviewDate, mc.referralDate)
  RETURN mc
  UNION
  MATCH (ra:RiskAssessment)
  WHERE ra.tool = 'ROSH' AND ra.date > yearAgo AND ra.date <= day AND ra.level IN ['HIGH', 'VERY_HIGH']
  WITH ra, ra.date AS assessed
  MATCH (n:Nominal)-[:HAS_ASSESSMENT]->(ra)
  MATCH (n)-[:HAS_CASE]->(mc:MappaCase)
  WHERE mc.area = area AND mc.status = 'ACTIVE' AND mc.level = 1 AND assessed > coalesce(mc.lastReviewDate, mc.referralDate)
  RETURN mc
}
RETURN DISTINCT mc.id AS caseId
