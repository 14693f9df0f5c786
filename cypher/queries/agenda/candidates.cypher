// The cases a meeting ($meetingId) should hear, with the facts that put each there (docs/meetings.md).
// Candidates: every active case of the meeting's area at the meeting's level; on level 2 meetings also
// level 1 cases (information exchange) that are due their yearly review (the $level1Reviews most
// overdue), or had a breach, a RoSH assessment of HIGH or above or a new open conflict since their
// last review ($level1Cases: the $level1Events first by agenda/level1-triggers, run first, so the
// level 1 cases with nothing new, or past the cap, are never walked); and whatever is already on the agenda.
// For each, the facts since its last review: open actions falling due before $lookaheadDays after the
// meeting, new intelligence, breaches and other significant events, moves, new partners, new conflicts,
// RoSH and level changes. uk.vigil.agenda.AgendaRules turns facts into reasons.
// Only cases whose nominal the viewer may see; a duty-to-co-operate member only the cases they are
// invited for at this meeting.
MATCH (m:Meeting {id: $meetingId})
WITH m, date(m.date) AS day
WITH m, day, day + duration({days: $lookaheadDays}) AS horizon
CALL (m, day) {
  OPTIONAL MATCH (prev:Meeting {area: m.area})
  WHERE prev.level = m.level AND prev.status = 'HELD' AND prev.date < m.date
  RETURN date(max(prev.date)) AS previousMeeting
}
CALL (m, horizon) {
  MATCH (mc:MappaCase {area: m.area, status: 'ACTIVE'}) WHERE mc.level = m.level
  RETURN mc
  UNION
  MATCH (mc:MappaCase {area: m.area, status: 'ACTIVE'})
  WHERE m.level = 2 AND mc.level = 1
    AND coalesce(mc.lastReviewDate, mc.referralDate) + duration({days: $cadence['1']}) <= horizon
  WITH mc ORDER BY coalesce(mc.lastReviewDate, mc.referralDate), mc.id LIMIT $level1Reviews
  RETURN mc
  UNION
  MATCH (mc:MappaCase) WHERE mc.id IN $level1Cases
  RETURN mc
  UNION
  MATCH (m)-[:DISCUSSES]->(mc:MappaCase)
  RETURN mc
}
WITH DISTINCT m, day, horizon, previousMeeting, mc
MATCH (n:Nominal)-[:HAS_CASE]->(mc)
WHERE {{person-visible n}} AND {{record-visible mc}}
  AND (NOT $viewer.dtc OR EXISTS {
        (mc)<-[inv:INVITED_FOR]-(:Officer {id: $viewer.officerId})
        WHERE coalesce(inv.meeting, m.id) = m.id AND inv.from <= date() AND (inv.to IS NULL OR inv.to >= date()) })
CALL (m, mc) {
  OPTIONAL MATCH (mc)<-[:DISCUSSES]-(held:Meeting {status: 'HELD'}) WHERE held.date < m.date
  RETURN date(max(held.date)) AS lastHeld
}
WITH m, day, horizon, previousMeeting, mc, n, lastHeld,
     CASE WHEN mc.lastReviewDate < day THEN mc.lastReviewDate END AS recorded
WITH m, day, horizon, previousMeeting, mc, n, lastHeld,
     CASE WHEN recorded IS NULL OR (lastHeld IS NOT NULL AND lastHeld > recorded) THEN lastHeld ELSE recorded END AS lastReview
WITH m, day, horizon, previousMeeting, mc, n, lastHeld, lastReview, coalesce(lastReview, mc.referralDate) AS since
OPTIONAL MATCH (m)-[d:DISCUSSES]->(mc)
CALL (mc, horizon) {
  OPTIONAL MATCH (mc)-[:HAS_ACTION]->(a:Action {status: 'OPEN'}) WHERE a.dueDate <= horizon AND {{record-visible a}}
  WITH a ORDER BY a.dueDate
  RETURN collect(a {.id, .description, .dueDate}) AS actionsDue
}
CALL (n, since, day) {
  OPTIONAL MATCH (i:Intelligence)-[:MENTIONS]->(n) WHERE i.date > since AND i.date <= day AND {{record-visible i}}
  RETURN count(DISTINCT i) AS newIntelligence, max(i.date) AS latestIntelligence
}
CALL (n, since, day) {
  OPTIONAL MATCH (n)-[:HAD_EVENT]->(e:Event)
  WHERE e.date > since AND e.date <= day AND e.type IN $significantTypes AND {{record-visible e}}
  WITH e ORDER BY e.date
  RETURN collect(e {.type, .date, .breachOf}) AS events
}
CALL (n, since, day) {
  OPTIONAL MATCH (n)-[r:LIVES_AT]->(:Address) WHERE r.from > since AND r.from <= day
  RETURN max(r.from) AS movedOn
}
CALL (n, since, day) {
  OPTIONAL MATCH (n)-[r:ASSOCIATED_WITH]-(:Person) WHERE r.kind = 'PARTNER' AND r.from > since AND r.from <= day
  RETURN max(r.from) AS newPartnerOn
}
CALL (n, since) {
  OPTIONAL MATCH (c:Conflict)-[:CONCERNS]->(n) WHERE c.status = 'OPEN'
  WITH c ORDER BY c.firstSeen
  RETURN collect(CASE WHEN c IS NULL THEN NULL ELSE {rule: c.rule, firstSeen: date(c.firstSeen), isNew: date(c.firstSeen) > since} END) AS openConflicts
}
CALL (n, day) {
  OPTIONAL MATCH (n)-[:HAS_ASSESSMENT]->(ra:RiskAssessment {tool: 'ROSH'}) WHERE ra.date <= day AND {{record-visible ra}}
  WITH ra ORDER BY ra.date DESC LIMIT 2
  WITH collect(ra) AS latest
  RETURN latest[0].level AS rosh, latest[0].date AS roshDate, latest[1].level AS roshBefore
}
CALL (mc, since, day) {
  OPTIONAL MATCH (mc)-[:HAD_LEVEL]->(lp:LevelPeriod) WHERE lp.from > since AND lp.from <= day
  WITH lp ORDER BY lp.from
  RETURN collect(lp {.level, .from, .reason}) AS levelChanges
}
RETURN mc.id AS caseId, mc.category AS category, mc.level AS level, mc.referralDate AS referralDate,
       n {.id, .forename, .surname, .dob} AS nominal,
       day AS meetingDay, horizon, previousMeeting, lastReview, lastHeld,
       d IS NOT NULL AS onAgenda, d.agendaOrder AS agendaOrder,
       actionsDue, newIntelligence, latestIntelligence, events, movedOn, newPartnerOn, openConflicts,
       rosh, roshDate, roshBefore, levelChanges
