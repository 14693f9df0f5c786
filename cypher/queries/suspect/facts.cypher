// The cheap first step of the suspect search (docs/suspects.md, "Speed"): for every candidate in $ids,
// as $viewer may see them, what rules out and what bounds the total without reading suspect/details
// in full. Exact: identity and description (DESCRIPTION, NAME, the description word weights), custody
// and events and the tag trail (ruling out, AVAILABILITY but for curfews), vehicle and phone ids (VEHICLE, PHONE).
// Supersets, so the ranker's score on them is an upper bound: every link's relation and distance
// (no per-kind limit, no labels), every past offence's type, category and method (no victims:
// SuspectRanker.bound assumes a matching one), every condition in force with its zones (without the
// victim-details rule, which only removes conditions). The same access rules as suspect/details:
// the list of candidates is the same, and nothing the viewer may not see reaches the answer.
// Distances keep suspect/details' `+ 0` so the planner starts from the candidate, not the point index.
// What the request cannot score is not read ($needPhones: a phone fragment matched; $needAliases: a
// name did; $needOffences: an offence type, method words or a victim were given): it scores 0 anyway.
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
    AND point.distance(a.location, $place) + 0 < $radius + 250
    AND {{record-visible a}} AND {{record-visible r}}
  RETURN collect(CASE WHEN a IS NOT NULL THEN {relation: CASE type(r) WHEN 'LIVES_AT' THEN 'HOME' WHEN 'WORKS_AT' THEN 'WORK'
           WHEN 'FREQUENTS' THEN 'FREQUENTS' ELSE 'PROPOSED' END, distanceM: point.distance(a.location, $place)} END) AS addresses
}
CALL (p) {
  OPTIONAL MATCH (p)-[k:ASSOCIATED_WITH]-(assoc:Person)-[r:LIVES_AT]->(a:Address)
  WHERE NOT assoc:Victim AND (k.to IS NULL OR k.to >= $fromDate) AND r.from <= $toDate AND (r.to IS NULL OR r.to >= $fromDate)
    AND point.distance(a.location, $place) + 0 <= $radius
    AND {{record-visible k}} AND {{record-visible assoc}} AND {{record-visible r}} AND {{record-visible a}}
  RETURN collect(CASE WHEN a IS NOT NULL THEN {relation: 'ASSOCIATE_HOME', distanceM: point.distance(a.location, $place)} END)
         AS associateHomes
}
CALL (p) {
  OPTIONAL MATCH (p)-[u:USES_VEHICLE]->(v:Vehicle)
  WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible u}} AND {{record-visible v}}
  OPTIONAL MATCH (v)-[:REGISTERED_AT]->(a:Address) WHERE {{record-visible a}} AND a.location IS NOT NULL
  RETURN collect(DISTINCT v.id) AS vehicleIds,
         collect(CASE WHEN a IS NOT NULL THEN {relation: 'VEHICLE_REGISTERED', distanceM: point.distance(a.location, $place)} END)
         AS registered
}
CALL (p) {
  WITH p WHERE $needPhones
  OPTIONAL MATCH (p)-[u:USES_DEVICE]->(d:Device)
  WHERE d.phoneNumber IS NOT NULL AND u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate)
    AND {{record-visible u}} AND {{record-visible d}}
  RETURN collect(DISTINCT d.id) AS deviceIds
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:MENTIONS]-(i:Intelligence)
  WHERE i.date >= $intelFrom AND i.date <= $toDate AND point.distance(i.location, $place) + 0 <= $radius
    AND {{record-visible i}} AND NOT $viewer.dtc AND i.area IN $viewer.areas
  RETURN collect(CASE WHEN i IS NOT NULL THEN {relation: 'SIGHTING', distanceM: point.distance(i.location, $place)} END) AS sightings
}
CALL (p) {
  // his tag trail from $trailFrom to $trailTo (the window with a margin, for the fixes either side of it);
  // only for a man who has any: his own relationships are at hand, where the trail index would be read
  // from disk for every candidate (a collect over no rows still gives the one row, an empty trail).
  // The same block as suspect/details: a trail rules out from the facts exactly as from the details.
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
  CALL (cn) {
    OPTIONAL MATCH (cn)-[:HAS_ZONE]->(z:ExclusionZone) WHERE cn.type = 'EXCLUSION_ZONE' AND {{record-visible z}}
    RETURN collect(z {.name, .geometry, .radiusM}) AS zones
  }
  RETURN collect(CASE WHEN cn IS NOT NULL THEN cn {.type, .curfewStart, .curfewEnd, .placeTypes, .distanceM, zones: zones} END)
         AS conditions
}
CALL (p) {
  WITH p WHERE $needOffences
  OPTIONAL MATCH (p)-[:HAS_CONVICTION]->(cv:Conviction)-[:FOR_OFFENCE]->(o:Offence)
  WHERE {{record-visible cv}} AND {{record-visible o}}
  WITH DISTINCT o
  RETURN collect(CASE WHEN o IS NOT NULL THEN o {.type, .category, .method} END) AS offences
}
RETURN p.id AS id, p.forename AS forename, p.surname AS surname,
       CASE WHEN $needAliases THEN [(p)-[:HAS_ALIAS]->(al:Alias) | al.id] ELSE [] END AS aliasIds, p.dob AS dob, p.sex AS sex, p.build AS build,
       p.description AS description, coalesce(c.area, p.area) AS area,
       addresses + associateHomes + registered + sightings AS links, vehicleIds, deviceIds, custody, events, conditions, offences, trail
