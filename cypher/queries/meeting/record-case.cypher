// Writes what a meeting decided about one case, in one transaction (docs/meetings.md, "After the
// meeting"): decisions with reasons, SMART actions (owner, agency, due date), updates to existing
// actions, a level change (closes the open LevelPeriod the day before, opens a new one, updates the
// case), disclosure decisions (to whom, what, why or why not), and the case's review dates.
// Everything carries who recorded it and when. Ids and values were checked by the caller.
MATCH (m:Meeting {id: $meetingId})
MATCH (mc:MappaCase {id: $caseId})
OPTIONAL MATCH (author:Officer {id: $officerId})
SET m.status = 'HELD', m.recordedBy = $username, m.recordedAt = $now,
    mc.lastReviewDate = $day, mc.nextReviewDate = $nextReview
WITH m, mc, author
CALL (m, mc) {
  UNWIND $decisions AS d
  CREATE (m)-[:DECIDED]->(dec:Decision {id: d.id, decision: d.decision, reason: d.reason, decidedBy: $username,
          decidedAt: $now, marking: 'OFFICIAL_SENSITIVE', area: mc.area, owningAgency: $agency, sourceSystem: 'VIGIL',
          enteredBy: $username, enteredAt: $now})-[:ABOUT]->(mc)
}
CALL (m, mc) {
  UNWIND $actions AS a
  MATCH (owner:Officer {id: a.ownerId})
  MATCH (ag:Agency {id: a.agencyId})
  CREATE (mc)-[:HAS_ACTION]->(act:Action {id: a.id, description: a.description, pillar: a.pillar, dueDate: a.dueDate,
          status: 'OPEN', marking: 'OFFICIAL_SENSITIVE', area: mc.area, owningAgency: $agency, sourceSystem: 'VIGIL',
          enteredBy: $username, enteredAt: $now})
  CREATE (act)-[:OWNED_BY]->(owner)
  CREATE (act)-[:FOR_AGENCY]->(ag)
  CREATE (m)-[:RAISED]->(act)
}
CALL (mc) {
  UNWIND $actionUpdates AS u
  MATCH (mc)-[:HAS_ACTION]->(act:Action {id: u.actionId})
  SET act.status = u.status, act.doneDate = u.doneDate, act.updatedBy = $username, act.updatedAt = $now
}
CALL (mc) {
  UNWIND $levelChanges AS lc
  OPTIONAL MATCH (mc)-[:HAD_LEVEL]->(open:LevelPeriod) WHERE open.to IS NULL
  SET open.to = $day - duration({days: 1})
  WITH DISTINCT lc, mc
  CREATE (mc)-[:HAD_LEVEL]->(:LevelPeriod {id: lc.id, category: mc.category, level: lc.level, from: $day, reason: lc.reason,
          decidedBy: $username, marking: 'OFFICIAL_SENSITIVE', area: mc.area, owningAgency: $agency, sourceSystem: 'VIGIL',
          enteredBy: $username, enteredAt: $now})
  SET mc.level = lc.level
}
CALL (m, mc, author) {
  UNWIND $disclosures AS dd
  CREATE (mc)-[:HAS_DISCLOSURE]->(dis:DisclosureDecision {id: dd.id, date: $day, disclose: dd.disclose, recipient: dd.recipient,
          what: dd.what, reason: dd.reason, reviewDate: dd.reviewDate, decidedBy: $username, marking: 'OFFICIAL_SENSITIVE',
          area: mc.area, owningAgency: $agency, sourceSystem: 'VIGIL', enteredBy: $username, enteredAt: $now})
  CREATE (m)-[:DECIDED]->(dis)
  FOREACH (_ IN CASE WHEN author IS NULL THEN [] ELSE [1] END | CREATE (dis)-[:AUTHORISED_BY]->(author))
}
RETURN mc.level AS level
