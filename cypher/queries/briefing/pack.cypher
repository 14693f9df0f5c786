// The briefing packs of cases $cases ([{caseId, victimDetails}]) for meeting $meetingId, one row per
// case (caseId), as $viewer may see them (docs/meetings.md). One query for a whole meeting: each
// row's subqueries read only its own case, so a case's pack is the same alone or among 30.
// "Since" is the case's last review before this meeting: the latest held meeting that discussed it,
// or the recorded lastReviewDate, whichever is later. Every record passes {{record-visible}};
// victims and protected people are named only when the case's victimDetails
// (access/victim-details-visible), otherwise they come as {redacted: true} with their safety status
// but no identity, and condition wording and conflict summaries that would name them are replaced.
MATCH (m:Meeting {id: $meetingId})
UNWIND $cases AS req
MATCH (n:Nominal)-[:HAS_CASE]->(mc:MappaCase {id: req.caseId})
WHERE {{person-visible n}} AND {{record-visible mc}}
WITH m, n, mc, req.victimDetails AS victimDetails, date(m.date) AS day
CALL (m, mc) {
  OPTIONAL MATCH (mc)<-[:DISCUSSES]-(held:Meeting {status: 'HELD'}) WHERE held.date < m.date
  RETURN date(max(held.date)) AS lastHeld
}
WITH m, n, mc, victimDetails, day, lastHeld, CASE WHEN mc.lastReviewDate < day THEN mc.lastReviewDate END AS recorded
WITH m, n, mc, victimDetails, day,
     CASE WHEN recorded IS NULL OR (lastHeld IS NOT NULL AND lastHeld > recorded) THEN lastHeld ELSE recorded END AS lastReview
WITH m, n, mc, victimDetails, day, lastReview, coalesce(lastReview, mc.referralDate, day - duration({days: 365})) AS since
CALL (mc) {
  OPTIONAL MATCH (mc)-[:HAD_LEVEL]->(lp:LevelPeriod) WHERE {{record-visible lp}}
  WITH lp ORDER BY lp.from DESC
  RETURN collect(lp {.category, .level, .from, .to, .reason}) AS levelHistory
}
CALL (mc) {
  OPTIONAL MATCH (mc)-[:LED_BY]->(lead:Agency)
  RETURN lead.name AS leadAgency LIMIT 1
}
CALL (n, day) {
  OPTIONAL MATCH (n)-[:HAS_ASSESSMENT]->(ra:RiskAssessment)
  WHERE ra.tool IN ['ROSH', 'RM2000', 'ARMS', 'SARA', 'OGRS', 'ASSET'] AND ra.date <= day AND {{record-visible ra}}
  WITH ra ORDER BY ra.date DESC
  WITH ra.tool AS tool, collect(ra)[0] AS latest
  ORDER BY tool
  RETURN collect(CASE WHEN latest IS NULL THEN NULL ELSE latest {.tool, .date, .level, .score, .notes} END) AS assessments
}
CALL (n, day) {
  OPTIONAL MATCH (n)-[:HAS_ASSESSMENT]->(ra:RiskAssessment {tool: 'ROSH'}) WHERE ra.date <= day AND {{record-visible ra}}
  WITH ra ORDER BY ra.date DESC
  RETURN collect(ra {.date, .level}) AS roshHistory
}
CALL (n, day, victimDetails) {
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(o:Order)
  WHERE o.from <= day AND (o.to IS NULL OR o.to >= day) AND {{record-visible o}}
  CALL (o, day, victimDetails) {
    OPTIONAL MATCH (o)-[:HAS_CONDITION]->(cd:Condition)
    WHERE cd.from <= day AND (cd.to IS NULL OR cd.to >= day) AND {{record-visible cd}}
    CALL (cd) {
      OPTIONAL MATCH (cd)-[:PROTECTS]->(pp:Person)
      RETURN collect(DISTINCT pp) AS protectedPeople
    }
    WITH cd, protectedPeople ORDER BY cd.from
    RETURN collect(CASE WHEN cd IS NULL THEN NULL ELSE {
      id: cd.id, type: cd.type, from: cd.from, to: cd.to,
      wording: CASE WHEN victimDetails THEN cd.wording
               ELSE reduce(w = cd.wording, pp IN protectedPeople |
                      replace(replace(w, coalesce(pp.forename + ' ', '\u0000'), ''), coalesce(pp.surname, '\u0000'), '[protected person]'))
               END} END) AS conditions
  }
  WITH o, conditions ORDER BY o.to IS NULL, o.to
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE {
    id: o.id, type: o.type, from: o.from, to: o.to, foreignTravelRestriction: o.foreignTravelRestriction,
    daysToExpiry: CASE WHEN o.to IS NULL THEN NULL ELSE duration.inDays(day, o.to).days END,
    conditions: conditions} END) AS orders
}
CALL (n, day) {
  OPTIONAL MATCH (n)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v:Person)
  RETURN collect(DISTINCT v) AS offenceVictims
}
CALL (n, day) {
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(o:Order)-[:HAS_CONDITION]->(cd:Condition)-[:PROTECTS]->(v:Person)
  WHERE o.from <= day AND (o.to IS NULL OR o.to >= day) AND cd.from <= day AND (cd.to IS NULL OR cd.to >= day)
  RETURN collect(DISTINCT v) AS protectedNow, collect(DISTINCT {person: v.id, condition: cd.type}) AS protections
}
CALL (n) {
  OPTIONAL MATCH (c:Conflict)-[:CONCERNS]->(n) WHERE c.status = 'OPEN'
  CALL (c) {
    OPTIONAL MATCH (c)-[inv:INVOLVES]->(x)
    RETURN collect({role: inv.role, id: x.id,
                    protected: x:Victim OR x:Child OR inv.role IN ['VICTIM', 'CHILD'],
                    name: coalesce(x.name, trim(coalesce(x.forename, '') + ' ' + coalesce(x.surname, '')), x.line1)}) AS involved
  }
  WITH c, involved ORDER BY c.firstSeen DESC
  RETURN collect(CASE WHEN c IS NULL THEN NULL ELSE {c: c, involved: involved} END) AS conflictRows
}
WITH m, n, mc, victimDetails, day, lastReview, since, levelHistory, leadAgency, assessments, roshHistory, orders, protections,
     conflictRows,
     [v IN offenceVictims + protectedNow WHERE v IS NOT NULL] AS victimNodes
WITH m, n, mc, victimDetails, day, lastReview, since, levelHistory, leadAgency, assessments, roshHistory, orders, protections,
     conflictRows, reduce(acc = [], v IN victimNodes | CASE WHEN v IN acc THEN acc ELSE acc + v END) AS victims
CALL (n, since, day) {
  OPTIONAL MATCH (i:Intelligence)-[:MENTIONS]->(n) WHERE i.date > since AND i.date <= day AND {{record-visible i}}
  WITH DISTINCT i ORDER BY i.date DESC LIMIT 50
  RETURN collect(i {.id, .date, .sourceType, .sourceEval, .intelEval, .handling, .text,
                    .crimeIncident, .domesticViolence, .childPresent, .vulnerablePerson}) AS intelligence
}
CALL (n, since, day) {
  OPTIONAL MATCH (n)-[:HAD_EVENT]->(e:Event) WHERE e.date > since AND e.date <= day AND {{record-visible e}}
  WITH e ORDER BY e.date DESC LIMIT 50
  RETURN collect(e {.id, .type, .date, .breachOf, .outcome, .notes}) AS events
}
CALL (n, day) {
  OPTIONAL MATCH (n)-[:HAD_EVENT]->(hv:Event {type: 'HOME_VISIT'})
  WHERE hv.date > day - duration({days: 365}) AND hv.date <= day AND {{record-visible hv}}
  RETURN count(hv) AS homeVisits, max(hv.date) AS lastHomeVisit
}
CALL (m, mc) {
  OPTIONAL MATCH (last:Meeting)-[:DECIDED]->(d:Decision)-[:ABOUT]->(mc)
  WHERE last.date < m.date AND last.status <> 'CANCELLED' AND {{record-visible d}}
  WITH last, collect(d {.id, .decision, .reason, .decidedBy, .decidedAt}) AS decisions ORDER BY last.date DESC LIMIT 1
  RETURN CASE WHEN last IS NULL THEN NULL ELSE {meeting: last.id, date: last.date, decisions: decisions} END AS lastMeeting
}
CALL (mc, day) {
  OPTIONAL MATCH (mc)-[:HAS_ACTION]->(a:Action) WHERE {{record-visible a}}
  OPTIONAL MATCH (a)-[:OWNED_BY]->(owner:Officer)
  OPTIONAL MATCH (a)-[:FOR_AGENCY]->(ag:Agency)
  OPTIONAL MATCH (raised:Meeting)-[:RAISED]->(a)
  WITH a, owner, ag, raised ORDER BY a.status = 'OPEN' DESC, a.dueDate
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE {
    id: a.id, description: a.description, pillar: a.pillar, dueDate: a.dueDate, doneDate: a.doneDate, status: a.status,
    owner: owner.forename + ' ' + owner.surname, ownerId: owner.id, agency: ag.name, agencyId: ag.id, meeting: raised.id,
    overdue: a.status = 'OPEN' AND a.dueDate < day} END) AS actions
}
CALL (mc, day) {
  OPTIONAL MATCH (mc)-[:HAS_PLAN]->(p:RiskPlan) WHERE p.date <= day AND {{record-visible p}}
  WITH p ORDER BY p.date DESC LIMIT 1
  RETURN p {.id, .date, .supervision, .monitoringControl, .interventions, .victimSafety} AS plan
}
CALL (mc, day) {
  OPTIONAL MATCH (mc)-[:HAS_DISCLOSURE]->(dd:DisclosureDecision) WHERE {{record-visible dd}}
  OPTIONAL MATCH (dd)-[:AUTHORISED_BY]->(by:Officer)
  WITH dd, by ORDER BY dd.date DESC
  RETURN collect(CASE WHEN dd IS NULL THEN NULL ELSE {
    id: dd.id, date: dd.date, disclose: dd.disclose, recipient: dd.recipient, what: dd.what, reason: dd.reason,
    reviewDate: dd.reviewDate, reviewDue: dd.reviewDate IS NOT NULL AND dd.reviewDate <= day,
    authorisedBy: by.forename + ' ' + by.surname} END) AS disclosures
}
RETURN mc.id AS caseId, n {.id, .forename, .middleNames, .surname, .dob, .sex, .pncId, .crn, .nomsNo, .visorRef, .area} AS identity,
       mc {.id, .category, .level, .status, .referralDate, .lastReviewDate, .nextReviewDate, leadAgency: leadAgency} AS mappaCase,
       m {.id, .level, .date, .status} AS meeting, day AS meetingDay, lastReview, since,
       levelHistory, assessments, roshHistory, orders,
       [v IN victims | CASE WHEN victimDetails AND {{record-visible v}}
          THEN {id: v.id, forename: v.forename, surname: v.surname, child: v:Child, vulnerable: v.vulnerable,
                contactScheme: v.contactScheme, redacted: false,
                protectedBy: [p IN protections WHERE p.person = v.id | p.condition],
                openConflicts: size([r IN conflictRows WHERE any(x IN r.involved WHERE x.id = v.id)])}
          ELSE {child: v:Child, redacted: true,
                protectedBy: [p IN protections WHERE p.person = v.id | p.condition],
                openConflicts: size([r IN conflictRows WHERE any(x IN r.involved WHERE x.id = v.id)])} END] AS victims,
       [r IN conflictRows |
          {id: r.c.id, rule: r.c.rule, firstSeen: r.c.firstSeen, distanceM: r.c.distanceM,
           isNew: date(r.c.firstSeen) > since,
           summary: CASE WHEN victimDetails OR NOT any(x IN r.involved WHERE x.protected)
                         THEN r.c.summary ELSE 'Involves a protected person (details withheld)' END,
           involves: [x IN r.involved WHERE x.id IS NOT NULL |
              CASE WHEN x.protected AND NOT victimDetails
                   THEN {role: x.role, redacted: true}
                   ELSE {role: x.role, redacted: false, id: x.id, name: x.name} END]}] AS conflicts,
       intelligence, events, homeVisits, lastHomeVisit, lastMeeting, actions, plan, disclosures
