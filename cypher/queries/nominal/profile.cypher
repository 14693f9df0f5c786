// Everything the nominal profile page shows, in one round trip. Returns no row for an unknown id.
MATCH (n:Nominal {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_ALIAS]->(al:Alias)
  RETURN collect(al {.forename, .surname, .dob, .kind}) AS aliases
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a:Address)
  WITH r, a ORDER BY r.to IS NULL DESC, r.from DESC
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE {
    id: a.id, relation: CASE type(r) WHEN 'LIVES_AT' THEN 'HOME' WHEN 'PROPOSED_ADDRESS' THEN 'PROPOSED'
                                      WHEN 'WORKS_AT' THEN 'WORK' ELSE 'FREQUENTS' END,
    line1: a.line1, town: a.town, postcode: a.postcode, kind: a.kind, from: r.from, to: r.to,
    lat: a.location.latitude, lng: a.location.longitude} END) AS addresses
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:USES_VEHICLE]->(v:Vehicle)
  WITH r, v ORDER BY r.from DESC
  RETURN collect(CASE WHEN v IS NULL THEN NULL ELSE {
    id: v.id, vrm: v.vrm, make: v.make, model: v.model, colour: v.colour, relation: r.relation,
    from: r.from, to: r.to} END) AS vehicles
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:USES_DEVICE]->(d:Device)
  WITH r, d ORDER BY r.from DESC
  RETURN collect(CASE WHEN d IS NULL THEN NULL ELSE {
    id: d.id, type: d.type, phoneNumber: d.phoneNumber, imei: d.imei, from: r.from, to: r.to} END) AS devices
}
CALL (n) {
  OPTIONAL MATCH (n)-[:USES_ACCOUNT]->(ac:Account)
  RETURN collect(ac {.id, .type, .value, .platform}) AS accounts
}
CALL (n) {
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(o:Order)
  CALL (o) {
    OPTIONAL MATCH (o)-[:HAS_CONDITION]->(cd:Condition)
    CALL (cd) {
      OPTIONAL MATCH (cd)-[:PROTECTS]->(p:Person)
      RETURN collect(DISTINCT p) AS protectedPeople
    }
    CALL (cd) {
      OPTIONAL MATCH (cd)-[:HAS_ZONE]->(z:ExclusionZone)
      RETURN collect(z {.id, .name, .geometry, .radiusM, .from, .to}) AS zones
    }
    WITH cd, protectedPeople, zones ORDER BY cd.from
    RETURN collect(CASE WHEN cd IS NULL THEN NULL ELSE {
      id: cd.id, type: cd.type, wording: cd.wording, from: cd.from, to: cd.to,
      zones: zones,
      protectedPeople: [p IN protectedPeople | {id: p.id, forename: p.forename, surname: p.surname,
                                                victim: p:Victim, child: p:Child}]} END) AS conditions
  }
  WITH o, conditions ORDER BY o.from DESC
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE {
    id: o.id, type: o.type, from: o.from, to: o.to, foreignTravelRestriction: o.foreignTravelRestriction,
    court: o.court, conditions: conditions} END) AS orders
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_ASSESSMENT]->(ra:RiskAssessment)
  WITH ra ORDER BY ra.date DESC
  RETURN collect(ra {.id, .tool, .date, .level, .score}) AS risk
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CASE]->(mc:MappaCase)
  CALL (mc) {
    OPTIONAL MATCH (mc)-[:HAD_LEVEL]->(lp:LevelPeriod)
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
  OPTIONAL MATCH (n)-[:HAS_CONVICTION]->(cv:Conviction)
  CALL (cv) {
    OPTIONAL MATCH (cv)-[:FOR_OFFENCE]->(of:Offence)
    RETURN collect(of {.id, .type, .category, .date, description: of.place}) AS offences
  }
  WITH cv, offences ORDER BY cv.date DESC
  RETURN collect(CASE WHEN cv IS NULL THEN NULL ELSE {
    id: cv.id, date: cv.date, court: cv.court, disposal: cv.disposal, sentenceMonths: cv.sentenceMonths,
    offences: offences} END) AS convictions
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAD_CUSTODY]->(cp:CustodyPeriod)
  WITH cp ORDER BY cp.from DESC
  RETURN collect(cp {.id, .type, .from, .to, .establishment}) AS custody
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:ASSOCIATED_WITH]-(p:Person)
  WITH r, p ORDER BY r.from DESC
  RETURN collect(CASE WHEN p IS NULL THEN NULL ELSE {
    id: p.id, forename: p.forename, surname: p.surname, kind: r.kind, from: r.from, to: r.to,
    roles: [l IN labels(p) WHERE l IN ['Nominal', 'Victim', 'Associate', 'Child']]} END) AS linkedPeople
}
CALL (n) {
  OPTIONAL MATCH (n)-[:MANAGED_BY]->(o:Officer)
  RETURN collect(o {.id, .forename, .surname, .role}) AS officers
}
CALL (n) {
  OPTIONAL MATCH (i:Intelligence)-[:MENTIONS]->(n)
  WITH i ORDER BY i.date DESC LIMIT 20
  RETURN collect(i {.id, .date, .sourceType, .sourceEval, .intelEval, .handling, .text,
                    .crimeIncident, .domesticViolence, .childPresent, .vulnerablePerson}) AS intelligence
}
RETURN n {.id, .forename, .middleNames, .surname, .dob, .sex, .ethnicity, .heightCm, .build, .description,
          .pncId, .croNo, .crn, .nomsNo, .visorRef, .marking, .owningAgency, .area,
          .sourceSystem, .enteredBy, .enteredAt} AS identity,
       aliases, addresses, vehicles, devices, accounts, orders, risk, cases, convictions, custody,
       linkedPeople, officers, intelligence
