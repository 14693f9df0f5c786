// What the suspect ranker (uk.vigil.suspect.SuspectRanker) needs about each candidate in $ids, as
// $viewer may see it, for the window [$fromDate, $toDate] around $place: identity and physical
// description; addresses held during the window; associates' homes, vehicles' registered addresses
// and intelligence sightings within $radius; custody periods overlapping the window and recall or
// hospital events shortly before or during it; conditions in force (those protecting someone only
// when the viewer may see the nominal's victims); past offences with their victims' sex and age at
// the time (never who the victims are); his tag trail around the window. Every record is filtered by
// {{record-visible}}.
// Distances are written `point.distance(...) + 0 <= $radius` on purpose: in the plain form the planner
// starts from the point index (every address or intelligence item near the place) and joins back to
// each candidate, which at 100,000 nominals took minutes; from the candidate it is a few hops.
// Candidates are sought as :Person {id} (the unique index), not :Nominal {id}: there is no Nominal(id)
// index, and that form scanned every nominal per candidate (500 s for 405 candidates at 100,000).
UNWIND $ids AS id
MATCH (p:Person {id: id}) WHERE p:Nominal
  AND {{person-searchable p}}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_CASE]->(c:MappaCase) WHERE {{record-visible c}}
  RETURN c ORDER BY c.status = 'ACTIVE' DESC, c.referralDate DESC LIMIT 1
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:LIVES_AT|WORKS_AT|FREQUENTS|PROPOSED_ADDRESS]->(a:Address)
  WHERE r.from <= $toDate AND (r.to IS NULL OR r.to >= $fromDate) AND a.location IS NOT NULL
    AND {{record-visible a}} AND {{record-visible r}}
  WITH r, a ORDER BY point.distance(a.location, $place) LIMIT 20
  RETURN collect(CASE WHEN a IS NOT NULL THEN {relation: CASE type(r) WHEN 'LIVES_AT' THEN 'HOME' WHEN 'WORKS_AT' THEN 'WORK'
           WHEN 'FREQUENTS' THEN 'FREQUENTS' ELSE 'PROPOSED' END, id: a.id, label: a.line1 + ', ' + a.town,
           kind: a.kind, lat: a.location.latitude, lng: a.location.longitude,
           distanceM: point.distance(a.location, $place)} END) AS addresses
}
CALL (p) {
  OPTIONAL MATCH (p)-[k:ASSOCIATED_WITH]-(assoc:Person)-[r:LIVES_AT]->(a:Address)
  WHERE NOT assoc:Victim AND (k.to IS NULL OR k.to >= $fromDate) AND r.from <= $toDate AND (r.to IS NULL OR r.to >= $fromDate)
    AND point.distance(a.location, $place) + 0 <= $radius
    AND {{record-visible k}} AND {{record-visible assoc}} AND {{record-visible r}} AND {{record-visible a}}
  WITH k, a ORDER BY point.distance(a.location, $place) LIMIT 10
  RETURN collect(CASE WHEN a IS NOT NULL THEN {relation: 'ASSOCIATE_HOME', id: a.id, label: 'home of an associate (' + k.kind + ')',
           kind: a.kind, lat: a.location.latitude, lng: a.location.longitude,
           distanceM: point.distance(a.location, $place)} END) AS associateHomes
}
CALL (p) {
  OPTIONAL MATCH (p)-[u:USES_VEHICLE]->(v:Vehicle)
  WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible u}} AND {{record-visible v}}
  WITH v LIMIT 10
  OPTIONAL MATCH (v)-[:REGISTERED_AT]->(a:Address) WHERE {{record-visible a}} AND a.location IS NOT NULL
  WITH v, collect(a)[0] AS a
  RETURN collect(CASE WHEN v IS NOT NULL THEN {id: v.id, vrm: v.vrm, make: v.make, model: v.model, colour: v.colour,
           address: CASE WHEN a IS NOT NULL THEN {relation: 'VEHICLE_REGISTERED', id: a.id, label: v.vrm + ' registered at ' + a.line1 + ', ' + a.town,
             kind: a.kind, lat: a.location.latitude, lng: a.location.longitude,
             distanceM: point.distance(a.location, $place)} END} END) AS vehicles
}
CALL (p) {
  OPTIONAL MATCH (p)-[u:USES_DEVICE]->(d:Device)
  WHERE d.phoneNumber IS NOT NULL AND u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate)
    AND {{record-visible u}} AND {{record-visible d}}
  WITH d LIMIT 10
  RETURN collect(d {.id, .phoneNumber}) AS devices
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:MENTIONS]-(i:Intelligence)
  WHERE i.date >= $intelFrom AND i.date <= $toDate AND point.distance(i.location, $place) + 0 <= $radius
    AND {{record-visible i}} AND NOT $viewer.dtc AND i.area IN $viewer.areas
  WITH i, i.date AS seen ORDER BY seen DESC LIMIT 10
  RETURN collect(CASE WHEN i IS NOT NULL THEN {relation: 'SIGHTING', id: i.id, label: 'intelligence of ' + toString(seen),
           kind: 'INTELLIGENCE', lat: i.location.latitude, lng: i.location.longitude,
           distanceM: point.distance(i.location, $place)} END) AS sightings
}
CALL (p) {
  // his tag trail from $trailFrom to $trailTo (the window with a margin, for the fixes either side of it);
  // only for a man who has any: his own relationships are at hand, where the trail index would be read
  // from disk for every candidate (a collect over no rows still gives the one row, an empty trail).
  // The same block as suspect/facts: a trail rules out from the facts exactly as from the details.
  WITH p WHERE EXISTS { (p)-[:HAD_TAG_FIX]->() }
  MATCH (f:TagFix) WHERE f.person = p.id AND f.recordedAt >= $trailFrom AND f.recordedAt <= $trailTo
    AND NOT $viewer.dtc AND {{record-visible f}}
  WITH f ORDER BY f.recordedAt LIMIT $trailLimit
  RETURN collect({id: f.id, at: f.recordedAt, lat: f.location.latitude, lng: f.location.longitude,
           accuracyM: f.accuracyM, distanceM: point.distance(f.location, $place),
           inWindow: f.recordedAt >= $fromTime AND f.recordedAt <= $toTime}) AS trail
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_CUSTODY]->(cp:CustodyPeriod)
  WHERE cp.from <= $toDate AND (cp.to IS NULL OR cp.to >= $fromDate) AND {{record-visible cp}}
  RETURN collect(cp {.type, .from, .to, .establishment}) AS custody
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAD_EVENT]->(e:Event)
  WHERE e.type IN ['RECALL', 'RETURN_TO_CUSTODY', 'HOSPITAL_ADMISSION']
    AND e.date >= $fromDate - duration({days: 14}) AND e.date <= $toDate AND {{record-visible e}}
  RETURN collect(e {.type, .date}) AS events
}
CALL (p) {
  OPTIONAL MATCH (p)-[:SUBJECT_OF]->(o:Order)-[:HAS_CONDITION]->(cn:Condition)
  WHERE o.from <= $toDate AND (o.to IS NULL OR o.to >= $fromDate)
    AND cn.from <= $toDate AND (cn.to IS NULL OR cn.to >= $fromDate)
    AND {{record-visible o}} AND {{record-visible cn}}
    AND (NOT EXISTS { (cn)-[:PROTECTS|HAS_ZONE]->() } OR {{victim-details-visible p}})
  WITH cn LIMIT 30
  OPTIONAL MATCH (cn)-[:HAS_ZONE]->(z:ExclusionZone) WHERE {{record-visible z}}
  WITH cn, collect(z {.name, .geometry, .radiusM}) AS zones
  RETURN collect(CASE WHEN cn IS NOT NULL THEN cn {.id, .type, .wording, .curfewStart, .curfewEnd, .placeTypes, .distanceM,
           zones: zones} END) AS conditions
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_CONVICTION]->(cv:Conviction)-[:FOR_OFFENCE]->(o:Offence)
  WHERE {{record-visible cv}} AND {{record-visible o}}
  WITH DISTINCT o ORDER BY o.date DESC LIMIT 10
  CALL (o) {
    OPTIONAL MATCH (o)-[:AGAINST]->(v:Person) WHERE {{record-visible v}}
    RETURN collect({sex: v.sex, age: CASE WHEN v.dob IS NOT NULL AND o.date IS NOT NULL
                                          THEN duration.between(v.dob, o.date).years END}) AS victims
  }
  RETURN collect(CASE WHEN o IS NOT NULL THEN {type: o.type, category: o.category, date: o.date, method: o.method,
           victims: victims} END) AS offences
}
RETURN p.id AS id, p.forename AS forename, p.surname AS surname, [(p)-[:HAS_ALIAS]->(al:Alias) | al.id] AS aliasIds, p.dob AS dob, p.sex AS sex, p.build AS build,
       p.heightCm AS heightCm, p.description AS description, coalesce(c.area, p.area) AS area,
       c.category AS category, c.level AS level, addresses, associateHomes, vehicles, devices, sightings,
       custody, events, conditions, offences, trail
