// Everything the conflict rules need about nominals $ids on date $asOf, one row per nominal with an
// ACTIVE MAPPA case: current addresses (home, proposed, work, frequents), own active exclusion zones,
// the current homes of victims of his offences and of people his active conditions or zones protect,
// children under 16 and registered sex offenders at or near his addresses (point index on
// RsoAddress.location; :Rso and :RsoAddress are kept by the importer, migration V0013), sensitive
// places near them (point index on SensitivePlace.location), recent located intelligence mentioning him, and
// his tag's recent positions when he has an active zone.
// Exact geometry is decided in Java (uk.vigil.conflict.ConflictRules).
// $extra: addresses to check as well ({id, relation, lat, lng, kind, point}; vetting), $onlyExtra: only those.
// $notHouseholds: address kinds where rule 4 looks for no child. $places: the farthest to look for sensitive
// places, $sensitiveDefaultM: how far a condition giving no distance reaches; $concentrationM: radius for rule 5 (a pre-filter: the rule decides on the exact distance); $intelSince: date. $rsosGiven: rule 5's nearby RSOs are found
// by the caller (uk.vigil.conflict.RsoHomes, for large recomputes) and not here.
UNWIND $ids AS nid
MATCH (n:Person {id: nid})
USING INDEX n:Person(id)
WHERE n:Nominal
// One walk of his relationships: a node's relationships (fewer than 50) sit in one chain, which every typed
// expansion walks whole, and this query needed eight of them (docs/geo.md, "Where a rescan's time goes").
CALL (n) {
  MATCH (n)-[r:HAS_CASE|LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|SUBJECT_OF|HAS_CONVICTION|MENTIONS]-(x)
  WHERE CASE type(r)
          WHEN 'MENTIONS' THEN endNode(r) = n AND x:Intelligence
          WHEN 'HAS_CASE' THEN startNode(r) = n AND x:MappaCase
          WHEN 'SUBJECT_OF' THEN startNode(r) = n AND x:Order
          WHEN 'HAS_CONVICTION' THEN startNode(r) = n AND x:Conviction
          ELSE startNode(r) = n AND x:Address END
  RETURN collect({type: type(r), r: r, x: x}) AS links
}
WITH n, links, [l IN links WHERE l.type = 'HAS_CASE' AND l.x.status = 'ACTIVE' | l.x] AS cases
WHERE size(cases) > 0
WITH n, links, cases[0] AS mc, any(c IN cases WHERE c.category = 1) AS rso
CALL (links) {
  UNWIND [l IN links WHERE l.type IN ['LIVES_AT', 'PROPOSED_ADDRESS', 'WORKS_AT', 'FREQUENTS'] AND l.x.location IS NOT NULL
            AND l.r.from <= $asOf AND (l.r.to IS NULL OR l.r.to >= $asOf)] AS l
  WITH collect(DISTINCT {id: l.x.id, relation: l.type, lat: l.x.location.latitude, lng: l.x.location.longitude,
                         kind: l.x.kind, point: l.x.location}) AS own
  RETURN CASE WHEN $onlyExtra THEN $extra ELSE own + $extra END AS addresses
}
// his orders' conditions, read once: every rule below that needs a condition takes it from here
CALL (links) {
  UNWIND [l IN links WHERE l.type = 'SUBJECT_OF' | l.x] AS o
  MATCH (o)-[:HAS_CONDITION]->(c:Condition)
  RETURN collect(DISTINCT c) AS conditions
}
WITH n, links, mc, rso, addresses, conditions,
     [c IN conditions WHERE c.from <= $asOf AND (c.to IS NULL OR c.to >= $asOf)] AS activeConditions
CALL (activeConditions) {
  UNWIND [c IN activeConditions WHERE c.type = 'EXCLUSION_ZONE'] AS c
  MATCH (c)-[:HAS_ZONE]->(z:ExclusionZone)
  WHERE z.from <= $asOf AND (z.to IS NULL OR z.to >= $asOf)
  OPTIONAL MATCH (z)-[:PROTECTS]->(pp:Person)
  WITH c, z, collect(pp.id) AS protects
  // from: since when both zone and condition are in force (a tag position before that is no breach)
  RETURN collect({id: z.id, condition: c.id, geometry: z.geometry, radiusM: z.radiusM, protects: protects,
                  from: CASE WHEN c.from > z.from THEN c.from ELSE z.from END}) AS zones
}
CALL (n, links, conditions, activeConditions) {
  CALL (n, links) {
    UNWIND [l IN links WHERE l.type = 'HAS_CONVICTION' | l.x] AS cv
    MATCH (cv)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v:Person)
    WHERE v <> n
    RETURN collect(DISTINCT v) AS offenceVictims
  }
  CALL (n, activeConditions) {
    UNWIND activeConditions AS c
    MATCH (c)-[:PROTECTS]->(p1:Person)
    WHERE p1 <> n
    RETURN collect(DISTINCT p1) AS protected1
  }
  // a zone in force protects its people whatever the dates of its condition
  CALL (n, conditions) {
    UNWIND conditions AS c
    MATCH (c)-[:HAS_ZONE]->(z:ExclusionZone)-[:PROTECTS]->(p2:Person)
    WHERE z.from <= $asOf AND (z.to IS NULL OR z.to >= $asOf) AND p2 <> n
    RETURN collect(DISTINCT p2) AS protected2
  }
  WITH offenceVictims, protected1 + protected2 AS protectedPeople
  UNWIND (offenceVictims + protectedPeople) AS v
  WITH DISTINCT v, v IN offenceVictims AS offence, v IN protectedPeople AS protected
  MATCH (v)-[l:LIVES_AT]->(va:Address)
  WHERE va.location IS NOT NULL AND l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
  RETURN collect({id: v.id, offence: offence, protected: protected, address: va.id,
                  lat: va.location.latitude, lng: va.location.longitude}) AS victims
}
WITH n, links, mc, rso, addresses, zones, victims,
     [c IN activeConditions WHERE c.type = 'NO_CHILD_RESIDENCE' | c.id] AS noChildResidence,
     [c IN activeConditions WHERE c.type = 'NOT_IN_SIGHT_OF'
        | {id: c.id, placeTypes: coalesce(c.placeTypes, []), distanceM: c.distanceM}] AS notInSightOf
CALL (n, addresses, noChildResidence) {
  UNWIND CASE WHEN size(noChildResidence) = 0 THEN [] ELSE addresses END AS a
  // a household only: an approved premises or a prison has thousands of past residents and no child ($notHouseholds)
  WITH a WHERE a.relation IN ['LIVES_AT', 'PROPOSED_ADDRESS', 'VETTING'] AND NOT coalesce(a.kind, '') IN $notHouseholds
  MATCH (child:Person)-[l:LIVES_AT]->(:Address {id: a.id})
  WHERE child <> n AND child.dob IS NOT NULL AND child.dob > $asOf - duration({years: 16})
    AND l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
  RETURN collect(DISTINCT {id: child.id, address: a.id, dob: child.dob}) AS children
}
CALL (n, addresses, notInSightOf) {
  // only as far as his conditions reach (capped at $places; the rule decides on the exact distance) and only
  // the kinds of place they name (a condition naming none forbids every kind): in a city a kilometre holds
  // a hundred places, and most conditions reach $sensitiveDefaultM
  WITH addresses, notInSightOf,
       reduce(m = 0, c IN notInSightOf | CASE WHEN coalesce(c.distanceM, $sensitiveDefaultM) > m
                                             THEN coalesce(c.distanceM, $sensitiveDefaultM) ELSE m END) AS farthest,
       any(c IN notInSightOf WHERE size(c.placeTypes) = 0) AS everyType,
       reduce(t = [], c IN notInSightOf | t + c.placeTypes) AS types
  UNWIND CASE WHEN size(notInSightOf) = 0 THEN [] ELSE addresses END AS a
  MATCH (sp:SensitivePlace)
  WHERE point.distance(sp.location, a.point) <= CASE WHEN farthest < $places THEN farthest ELSE $places END * 1.02
    AND (everyType OR sp.type IN types)
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
// rule 1 from electronic monitoring: his tag's positions in [$monitorFrom, $monitorTo), the latest $monitorLimit, read
// only for a man with an active zone and any tag data (his own relationships say so; the (person, recordedAt)
// index is read for him alone). Not for vetting, which is about one address.
CALL (n, zones) {
  WITH n WHERE size(zones) > 0 AND NOT $onlyExtra AND EXISTS { (n)-[:HAD_TAG_FIX]->() }
  MATCH (f:TagFix) WHERE f.person = n.id AND f.recordedAt >= $monitorFrom AND f.recordedAt < $monitorTo
  WITH f ORDER BY f.recordedAt DESC LIMIT $monitorLimit
  RETURN collect({id: f.id, lat: f.location.latitude, lng: f.location.longitude, at: f.recordedAt, accuracyM: f.accuracyM})
         AS monitored
}
WITH n, mc, rso, addresses, zones, victims, noChildResidence, notInSightOf, children, places, nearbyRsos, monitored,
     [l IN links WHERE l.type = 'MENTIONS' AND l.x.location IS NOT NULL AND l.x.date >= $intelSince AND l.x.date <= $asOf
        | {id: l.x.id, lat: l.x.location.latitude, lng: l.x.location.longitude}] AS intelligence
RETURN n.id AS id, coalesce(mc.area, n.area) AS area, rso,
       [a IN addresses | a {.id, .relation, .lat, .lng, .kind}] AS addresses,
       zones, victims, noChildResidence, notInSightOf, children, places, nearbyRsos, intelligence, monitored
