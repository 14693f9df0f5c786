// Everything the nominal profile page shows, in one round trip, as $viewer may see it.
// Every record is filtered by {{record-visible}} (protective marking vs clearance); victims, children
// and protected people are named only when $victimDetails (see access/victim-details-visible).
// Returns no row for an unknown id or a person outside the viewer's scope.
// Sought as :Person {id} (the unique index; there is no Nominal(id) index, so :Nominal {id} alone
// scans every nominal), and kept to nominals by the second label.
MATCH (n:Person:Nominal {id: $id})
WHERE {{person-visible n}}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_ALIAS]->(al:Alias) WHERE {{record-visible al}}
  RETURN collect(al {.forename, .surname, .dob, .kind}) AS aliases
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a:Address)
  WHERE {{record-visible a}} AND {{record-visible r}}
  WITH r, a ORDER BY r.to IS NULL DESC, r.from DESC
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE {
    id: a.id, relation: CASE type(r) WHEN 'LIVES_AT' THEN 'HOME' WHEN 'PROPOSED_ADDRESS' THEN 'PROPOSED'
                                      WHEN 'WORKS_AT' THEN 'WORK' ELSE 'FREQUENTS' END,
    line1: a.line1, town: a.town, postcode: a.postcode, kind: a.kind, from: r.from, to: r.to,
    lat: a.location.latitude, lng: a.location.longitude} END) AS addresses
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:USES_VEHICLE]->(v:Vehicle) WHERE {{record-visible v}} AND {{record-visible r}}
  WITH r, v ORDER BY r.from DESC
  RETURN collect(CASE WHEN v IS NULL THEN NULL ELSE {
    id: v.id, vrm: v.vrm, make: v.make, model: v.model, colour: v.colour, relation: r.relation,
    from: r.from, to: r.to} END) AS vehicles
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:USES_DEVICE]->(d:Device) WHERE {{record-visible d}} AND {{record-visible r}}
  WITH r, d ORDER BY r.from DESC
  RETURN collect(CASE WHEN d IS NULL THEN NULL ELSE {
    id: d.id, type: d.type, phoneNumber: d.phoneNumber, imei: d.imei, from: r.from, to: r.to} END) AS devices
}
CALL (n) {
  OPTIONAL MATCH (n)-[:USES_ACCOUNT]->(ac:Account) WHERE {{record-visible ac}}
  RETURN collect(ac {.id, .type, .value, .platform}) AS accounts
}
CALL (n) {
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(o:Order) WHERE {{record-visible o}}
  CALL (o) {
    OPTIONAL MATCH (o)-[:HAS_CONDITION]->(cd:Condition) WHERE {{record-visible cd}}
    CALL (cd) {
      OPTIONAL MATCH (cd)-[:PROTECTS]->(p:Person)
      RETURN collect(DISTINCT p) AS protectedPeople
    }
    CALL (cd) {
      OPTIONAL MATCH (cd)-[:HAS_ZONE]->(z:ExclusionZone) WHERE {{record-visible z}}
      RETURN collect(z {.id, .name, .radiusM, .from, .to,
                        geometry: CASE WHEN $victimDetails THEN z.geometry END}) AS zones
    }
    WITH cd, protectedPeople, zones ORDER BY cd.from
    RETURN collect(CASE WHEN cd IS NULL THEN NULL ELSE {
      id: cd.id, type: cd.type, from: cd.from, to: cd.to, zones: zones,
      wording: CASE WHEN $victimDetails THEN cd.wording
               ELSE reduce(w = cd.wording, pp IN protectedPeople |
                      replace(replace(w, coalesce(pp.forename + ' ', '\u0000'), ''), coalesce(pp.surname, '\u0000'), '[protected person]'))
               END,
      protectedPeople: [pp IN protectedPeople |
        CASE WHEN $victimDetails AND {{record-visible pp}}
             THEN {id: pp.id, forename: pp.forename, surname: pp.surname, victim: pp:Victim, child: pp:Child, redacted: false}
             ELSE {victim: pp:Victim, child: pp:Child, redacted: true} END]} END) AS conditions
  }
  WITH o, conditions ORDER BY o.from DESC
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE {
    id: o.id, type: o.type, from: o.from, to: o.to, foreignTravelRestriction: o.foreignTravelRestriction,
    court: o.court, conditions: conditions} END) AS orders
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_ASSESSMENT]->(ra:RiskAssessment) WHERE {{record-visible ra}}
  WITH ra ORDER BY ra.date DESC
  RETURN collect(ra {.id, .tool, .date, .level, .score}) AS risk
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CASE]->(mc:MappaCase) WHERE {{record-visible mc}}
  CALL (mc) {
    OPTIONAL MATCH (mc)-[:HAD_LEVEL]->(lp:LevelPeriod) WHERE {{record-visible lp}}
    WITH lp ORDER BY lp.from DESC
    RETURN collect(lp {.level, .category, .from, .to, .reason}) AS levelHistory
  }
  OPTIONAL MATCH (mc)-[:LED_BY]->(lead:Agency)
  WITH mc, levelHistory, lead ORDER BY mc.status = 'ACTIVE' DESC, mc.referralDate DESC
  RETURN collect(CASE WHEN mc IS NULL THEN NULL ELSE {
    id: mc.id, category: mc.category, level: mc.level, status: mc.status, leadAgency: lead.name,
    area: mc.area, referralDate: mc.referralDate, lastReviewDate: mc.lastReviewDate,
    nextReviewDate: mc.nextReviewDate, levelHistory: levelHistory} END) AS cases
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CONVICTION]->(cv:Conviction) WHERE {{record-visible cv}}
  CALL (cv) {
    OPTIONAL MATCH (cv)-[:FOR_OFFENCE]->(of:Offence) WHERE {{record-visible of}}
    RETURN collect(of {.id, .type, .category, .date, description: of.place}) AS offences
  }
  WITH cv, offences ORDER BY cv.date DESC
  RETURN collect(CASE WHEN cv IS NULL THEN NULL ELSE {
    id: cv.id, date: cv.date, court: cv.court, disposal: cv.disposal, sentenceMonths: cv.sentenceMonths,
    offences: offences} END) AS convictions
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAD_CUSTODY]->(cp:CustodyPeriod) WHERE {{record-visible cp}}
  WITH cp ORDER BY cp.from DESC
  RETURN collect(cp {.id, .type, .from, .to, .establishment}) AS custody
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:ASSOCIATED_WITH]-(p:Person) WHERE {{record-visible r}}
  WITH r, p,
       {{person-visible p}} AND ($victimDetails OR NOT (p:Victim OR p:Child)) AS named
  ORDER BY r.from DESC
  RETURN collect(CASE WHEN p IS NULL THEN NULL ELSE {
    id: CASE WHEN named THEN p.id END, forename: CASE WHEN named THEN p.forename END,
    surname: CASE WHEN named THEN p.surname END, redacted: NOT named,
    kind: r.kind, from: r.from, to: r.to,
    roles: [l IN labels(p) WHERE l IN ['Nominal', 'Victim', 'Associate', 'Child']]} END) AS linkedPeople
}
CALL (n) {
  OPTIONAL MATCH (n)-[m:MANAGED_BY]->(o:Officer) WHERE m.to IS NULL OR m.to >= date()
  RETURN collect(o {.id, .forename, .surname, role: m.role}) AS officers
}
CALL (n) {
  OPTIONAL MATCH (i:Intelligence)-[:MENTIONS]->(n) WHERE {{record-visible i}}
  WITH i ORDER BY i.date DESC LIMIT 20
  RETURN collect(i {.id, .date, .sourceType, .sourceEval, .intelEval, .handling, .text,
                    .crimeIncident, .domesticViolence, .childPresent, .vulnerablePerson}) AS intelligence
}
RETURN n {.id, .forename, .middleNames, .surname, .dob, .sex, .ethnicity, .heightCm, .build, .description,
          .pncId, .croNo, .crn, .nomsNo, .visorRef, .marking, .owningAgency, .area,
          .sourceSystem, .enteredBy, .enteredAt} AS identity,
       aliases, addresses, vehicles, devices, accounts, orders, risk, cases, convictions, custody,
       linkedPeople, officers, intelligence
