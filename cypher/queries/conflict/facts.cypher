// Everything the conflict rules need about nominals $ids on date $asOf, one row per nominal with an
// ACTIVE MAPPA case: current addresses (home, proposed, work, frequents), own active exclusion zones,
// the current homes of victims of his offences and of people his active conditions or zones protect,
// children under 16 and registered sex offenders at or near his addresses (point index on
// RsoAddress.location; :Rso and :RsoAddress are kept by the importer, migration V0013), sensitive
// places near them (point index on SensitivePlace.location), recent located intelligence mentioning him.
// Exact geometry is decided in Java (uk.vigil.conflict.ConflictRules).
// $extra: addresses to check as well ({id, relation, lat, lng, kind, point}; vetting), $onlyExtra: only those.
// $places: metres to look for sensitive places; $concentrationM: radius for rule 5 (a pre-filter: the
// rule decides on the geodesic distance); $intelSince: date. $rsosGiven: rule 5's nearby RSOs are found
// by the caller (uk.vigil.conflict.RsoHomes, for large recomputes) and not here.
UNWIND $ids AS nid
MATCH (n:Person {id: nid})
USING INDEX n:Person(id)
WHERE n:Nominal
CALL (n) {
  MATCH (n)-[:HAS_CASE]->(c:MappaCase)
  WHERE c.status = 'ACTIVE'
  RETURN c AS mc
}
WITH n, collect(mc)[0] AS mc,
     any(c IN collect(mc) WHERE c.category = 1) AS rso
CALL (n) {
  OPTIONAL MATCH (n)-[r:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a:Address)
  WHERE a.location IS NOT NULL AND r.from <= $asOf AND (r.to IS NULL OR r.to >= $asOf)
  WITH collect(DISTINCT CASE WHEN a IS NOT NULL THEN {id: a.id, relation: type(r), lat: a.location.latitude,
                          lng: a.location.longitude, kind: a.kind, point: a.location} END) AS own
  RETURN CASE WHEN $onlyExtra THEN $extra ELSE own + $extra END AS addresses
}
CALL (n) {
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition)-[:HAS_ZONE]->(z:ExclusionZone)
  WHERE c.type = 'EXCLUSION_ZONE' AND z.from <= $asOf AND (z.to IS NULL OR z.to >= $asOf)
    AND c.from <= $asOf AND (c.to IS NULL OR c.to >= $asOf)
  OPTIONAL MATCH (z)-[:PROTECTS]->(pp:Person)
  WITH c, z, collect(pp.id) AS protects
  WHERE z IS NOT NULL
  RETURN collect({id: z.id, condition: c.id, geometry: z.geometry, radiusM: z.radiusM, protects: protects}) AS zones
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v:Person)
  WHERE v <> n
  WITH collect(DISTINCT v) AS offenceVictims
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition)-[:PROTECTS]->(p1:Person)
  WHERE c.from <= $asOf AND (c.to IS NULL OR c.to >= $asOf) AND p1 <> n
  WITH offenceVictims, collect(DISTINCT p1) AS protected1
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:HAS_ZONE]->(z:ExclusionZone)-[:PROTECTS]->(p2:Person)
  WHERE z.from <= $asOf AND (z.to IS NULL OR z.to >= $asOf) AND p2 <> n
  WITH offenceVictims, protected1, collect(DISTINCT p2) AS protected2
  WITH offenceVictims, protected1 + protected2 AS protectedPeople
  UNWIND (offenceVictims + protectedPeople) AS v
  WITH DISTINCT v, v IN offenceVictims AS offence, v IN protectedPeople AS protected
  MATCH (v)-[l:LIVES_AT]->(va:Address)
  WHERE va.location IS NOT NULL AND l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
  RETURN collect({id: v.id, offence: offence, protected: protected, address: va.id,
                  lat: va.location.latitude, lng: va.location.longitude}) AS victims
}
CALL (n) {
  OPTIONAL MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition)
  WHERE c.type IN ['NO_CHILD_RESIDENCE', 'NOT_IN_SIGHT_OF'] AND c.from <= $asOf AND (c.to IS NULL OR c.to >= $asOf)
  RETURN [x IN collect(c) WHERE x.type = 'NO_CHILD_RESIDENCE' | x.id] AS noChildResidence,
         [x IN collect(c) WHERE x.type = 'NOT_IN_SIGHT_OF' | {id: x.id, placeTypes: coalesce(x.placeTypes, []), distanceM: x.distanceM}] AS notInSightOf
}
CALL (n, addresses, noChildResidence) {
  UNWIND CASE WHEN size(noChildResidence) = 0 THEN [] ELSE addresses END AS a
  WITH a WHERE a.relation IN ['LIVES_AT', 'PROPOSED_ADDRESS', 'VETTING']
  MATCH (child:Person)-[l:LIVES_AT]->(:Address {id: a.id})
  WHERE child <> n AND child.dob IS NOT NULL AND child.dob > $asOf - duration({years: 16})
    AND l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
  RETURN collect(DISTINCT {id: child.id, address: a.id, dob: child.dob}) AS children
}
CALL (n, addresses, notInSightOf) {
  UNWIND CASE WHEN size(notInSightOf) = 0 THEN [] ELSE addresses END AS a
  MATCH (sp:SensitivePlace)
  WHERE point.distance(sp.location, a.point) <= $places
  RETURN collect(DISTINCT {id: sp.id, type: sp.type, address: a.id, lat: sp.location.latitude, lng: sp.location.longitude}) AS places
}
CALL (n, addresses, rso) {
  UNWIND CASE WHEN rso AND NOT $rsosGiven THEN addresses ELSE [] END AS a
  WITH a WHERE a.relation IN ['LIVES_AT', 'PROPOSED_ADDRESS', 'VETTING'] AND NOT a.kind IN $concentrationExempt
  MATCH (other:RsoAddress)
  WHERE point.distance(other.location, a.point) <= $concentrationM AND NOT other.kind IN $concentrationExempt
  MATCH (o:Rso)-[l:LIVES_AT]->(other)
  WHERE o <> n AND l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
  RETURN collect(DISTINCT {address: a.id, other: o.id, otherAddress: other.id,
                           lat: other.location.latitude, lng: other.location.longitude}) AS nearbyRsos
}
CALL (n) {
  OPTIONAL MATCH (i:Intelligence)-[:MENTIONS]->(n)
  WHERE i.location IS NOT NULL AND i.date >= $intelSince AND i.date <= $asOf
  RETURN collect(CASE WHEN i IS NOT NULL THEN {id: i.id, lat: i.location.latitude, lng: i.location.longitude} END) AS intelligence
}
RETURN n.id AS id, coalesce(mc.area, n.area) AS area, rso,
       [a IN addresses | a {.id, .relation, .lat, .lng, .kind}] AS addresses,
       zones, victims, noChildResidence, notInSightOf, children, places, nearbyRsos, intelligence
