// The map of nominal $id for $viewer (already allowed to open him): his addresses over time, his open conflicts
// and the places they concern, sensitive places within $radiusM of his current addresses, and - only when
// $victimDetails - the current homes of his victims and of the people his conditions or zones protect, and his
// EXCLUSION_ZONE conditions with the people they protect (to draw a zone on).
MATCH (n:Person {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a:Address)
  WHERE a.location IS NOT NULL AND {{record-visible a}}
  RETURN collect(CASE WHEN a IS NOT NULL THEN {id: a.id, relation: type(r), from: r.from, to: r.to, line1: a.line1, town: a.town,
                 postcode: a.postcode, kind: a.kind, lat: a.location.latitude, lng: a.location.longitude,
                 current: r.from <= date() AND (r.to IS NULL OR r.to >= date())} END) AS addresses
}
CALL (n) {
  OPTIONAL MATCH (n)-[r:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a:Address)
  WHERE a.location IS NOT NULL AND r.from <= date() AND (r.to IS NULL OR r.to >= date())
  OPTIONAL MATCH (sp:SensitivePlace) WHERE point.distance(sp.location, a.location) <= $radiusM AND {{record-visible sp}}
  RETURN collect(DISTINCT CASE WHEN sp IS NOT NULL THEN {id: sp.id, name: sp.name, type: sp.type, town: sp.town,
                 lat: sp.location.latitude, lng: sp.location.longitude} END)[0..500] AS places
}
CALL (n) {
  OPTIONAL MATCH (c:Conflict {nominal: n.id, status: 'OPEN'})
  // where the conflict happened, when the viewer may see that record (a tag position never to duty-to-cooperate agencies)
  OPTIONAL MATCH (c)-[i:INVOLVES]->(x) WHERE i.role IN ['ADDRESS', 'INTELLIGENCE', 'TAG_FIX'] AND x.location IS NOT NULL
    AND {{record-visible x}} AND NOT (x:TagFix AND $viewer.dtc)
  RETURN collect(CASE WHEN c IS NOT NULL THEN {id: c.id, rule: c.rule, summary: c.summary, distanceM: c.distanceM,
                 firstSeen: c.firstSeen, relation: c.relation, lat: x.location.latitude, lng: x.location.longitude} END) AS conflicts
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v1:Person)
  WITH n, collect(DISTINCT v1) AS offence
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:PROTECTS]->(v2:Person)
  WITH n, offence, collect(DISTINCT v2) AS protected1
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:HAS_ZONE]->(:ExclusionZone)-[:PROTECTS]->(v3:Person)
  WITH n, offence, protected1, collect(DISTINCT v3) AS protected2
  UNWIND CASE WHEN $victimDetails THEN offence + protected1 + protected2 ELSE [] END AS v
  WITH DISTINCT v, v IN offence AS isVictim
  WHERE v <> n
  MATCH (v)-[l:LIVES_AT]->(va:Address)
  WHERE va.location IS NOT NULL AND l.from <= date() AND (l.to IS NULL OR l.to >= date())
  RETURN collect({id: v.id, forename: v.forename, surname: v.surname, kind: CASE WHEN isVictim THEN 'VICTIM' ELSE 'PROTECTED_PERSON' END,
                  addressId: va.id, lat: va.location.latitude, lng: va.location.longitude}) AS victims
}
CALL (n) {
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition {type: 'EXCLUSION_ZONE'})
  WHERE $victimDetails AND (c.to IS NULL OR c.to >= date())
  OPTIONAL MATCH (c)-[:PROTECTS]->(pp:Person)
  WITH c, collect(CASE WHEN pp IS NOT NULL THEN {id: pp.id, forename: pp.forename, surname: pp.surname} END) AS protects
  RETURN collect(CASE WHEN c IS NOT NULL THEN {id: c.id, wording: c.wording, from: c.from, to: c.to, protects: protects} END) AS zoneConditions
}
RETURN addresses, places, conflicts, victims, zoneConditions
