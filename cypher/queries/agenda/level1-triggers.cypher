// Level 1 cases of a level 2 meeting's area ($meetingId) with a trigger since their recorded last
// review: a breach (or further offending), a RoSH assessment of HIGH or above, or a new open conflict;
// found from the event side (the (type, date) and (tool, date) indexes and the open conflicts), so the
// level 1 cases with nothing new are never walked. Level 1 cases are information exchange only, so at
// most $level1Events are proposed: breaches first, then RoSH rises, then new conflicts; within a kind
// the most recent first; then the case id. Returns those ids (agenda/candidates reads their facts as
// $level1Cases) and, for the cases left off, each one's id and first trigger, so the chair is told how
// many. Only cases the viewer may see, and not those already on the agenda. A pre-filter:
// AgendaRules decides from the facts (docs/meetings.md, "Level 1 cases").
MATCH (m:Meeting {id: $meetingId})
WHERE m.level = 2 AND NOT $viewer.dtc
WITH m, m.area AS area, date(m.date) AS day
WITH m, area, day, day - duration({days: $cadence['1']}) AS yearAgo
CALL (area, day, yearAgo) {
  MATCH (e:Event)
  WHERE e.type IN $breachTypes AND e.date > yearAgo AND e.date <= day
  // a barrier: compared with the case below, the date would no longer be seekable in the index
  WITH e, e.date AS happened
  MATCH (n:Nominal)-[:HAD_EVENT]->(e)
  MATCH (n)-[:HAS_CASE]->(mc:MappaCase)
  WHERE mc.area = area AND mc.status = 'ACTIVE' AND mc.level = 1 AND happened > coalesce(mc.lastReviewDate, mc.referralDate)
  RETURN mc, n, 0 AS rank, 'BREACH' AS kind, happened AS at
  UNION ALL
  MATCH (ra:RiskAssessment)
  WHERE ra.tool = 'ROSH' AND ra.date > yearAgo AND ra.date <= day AND ra.level IN ['HIGH', 'VERY_HIGH']
  WITH ra, ra.date AS assessed
  MATCH (n:Nominal)-[:HAS_ASSESSMENT]->(ra)
  MATCH (n)-[:HAS_CASE]->(mc:MappaCase)
  WHERE mc.area = area AND mc.status = 'ACTIVE' AND mc.level = 1 AND assessed > coalesce(mc.lastReviewDate, mc.referralDate)
  RETURN mc, n, 1 AS rank, 'RISK_LEVEL_CHANGE' AS kind, assessed AS at
  UNION ALL
  MATCH (c:Conflict {status: 'OPEN'})-[:CONCERNS]->(n:Nominal)-[:HAS_CASE]->(mc:MappaCase {area: area, status: 'ACTIVE'})
  WHERE mc.level = 1 AND date(c.firstSeen) <= day AND date(c.firstSeen) > coalesce(mc.lastReviewDate, mc.referralDate)
  RETURN mc, n, 2 AS rank, 'NEW_CONFLICT' AS kind, date(c.firstSeen) AS at
}
WITH m, mc, n, rank, kind, max(at) AS at
WHERE NOT (m)-[:DISCUSSES]->(mc) AND {{person-visible n}} AND {{record-visible mc}}
WITH mc.id AS caseId, rank, kind, at ORDER BY caseId, rank, at DESC
WITH caseId, head(collect({rank: rank, kind: kind, at: at})) AS first
WITH caseId, first ORDER BY first.rank, first.at DESC, caseId
WITH collect({caseId: caseId, kind: first.kind}) AS ranked
RETURN [r IN ranked[..$level1Events] | r.caseId] AS proposed, ranked[$level1Events..] AS omitted
