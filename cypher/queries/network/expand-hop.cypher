// One hop of a network expansion (docs/network.md): the neighbours of each frontier node over the
// link types in $types (at most $perType of each relationship type per node), holding at some time in
// [$since, $until], each marked with whether $viewer may see it. A conviction is folded into one
// CONVICTED_OF link person-offence. The service collapses more than the cap of visible neighbours per
// node and type into a count (a hub).
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
CALL (n) {
  // at most $perType links of each type: a prison's or hostel's thousands of residents are not all
  // read to draw one collapsed group (the service asks again without the limit when it must).
  // One branch per relationship type, never `type(r) = t` over all of them: on a hub that filter
  // walked every link of every type once per type asked (PROFILE at 1M, one hop of 12 nodes:
  // 81,120 db hits, 85 ms), where a typed pattern reads only that type's links (~800, 35 ms).
  // Not a dynamic type `[r:$(t)]` either: Neo4j 5.26 documents those as unable to use what a static
  // type allows.
  MATCH (n)-[r:ASSOCIATED_WITH]-(m)
  WHERE 'ASSOCIATED_WITH' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'ASSOCIATED_WITH' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:LIVES_AT]-(m)
  WHERE 'LIVES_AT' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'LIVES_AT' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:PROPOSED_ADDRESS]-(m)
  WHERE 'PROPOSED_ADDRESS' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'PROPOSED_ADDRESS' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:WORKS_AT]-(m)
  WHERE 'WORKS_AT' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'WORKS_AT' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:FREQUENTS]-(m)
  WHERE 'FREQUENTS' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'FREQUENTS' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:USES_VEHICLE]-(m)
  WHERE 'USES_VEHICLE' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'USES_VEHICLE' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:REGISTERED_AT]-(m)
  WHERE 'REGISTERED_AT' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'REGISTERED_AT' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:USES_DEVICE]-(m)
  WHERE 'USES_DEVICE' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'USES_DEVICE' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:USES_ACCOUNT]-(m)
  WHERE 'USES_ACCOUNT' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'USES_ACCOUNT' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n)-[r:SAME_AS]-(m)
  WHERE 'SAME_AS' IN $types AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since) AND {{record-visible r}}
  RETURN 'SAME_AS' AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing LIMIT $perType
  UNION ALL
  MATCH (n:Person)-[:HAS_CONVICTION]->(c:Conviction)-[:FOR_OFFENCE]->(m:Offence)
  WHERE 'CONVICTED_OF' IN $types AND (c.date IS NULL OR c.date <= $until) AND {{record-visible c}}
  RETURN 'CONVICTED_OF' AS type, m, elementId(c) + '/' + elementId(m) AS edgeId, c.date AS since, null AS until,
         c.disposal AS detail, true AS outgoing
  UNION ALL
  MATCH (n:Offence)<-[:FOR_OFFENCE]-(c:Conviction)<-[:HAS_CONVICTION]-(m:Person)
  WHERE 'CONVICTED_OF' IN $types AND (c.date IS NULL OR c.date <= $until) AND {{record-visible c}}
  RETURN 'CONVICTED_OF' AS type, m, elementId(c) + '/' + elementId(n) AS edgeId, c.date AS since, null AS until,
         c.disposal AS detail, false AS outgoing
  UNION ALL
  MATCH (n)<-[r:MENTIONS]-(m:Intelligence)
  WHERE 'MENTIONS' IN $types AND (m.date IS NULL OR m.date <= $until) AND {{record-visible r}}
  RETURN 'MENTIONS' AS type, m, elementId(r) AS edgeId, m.date AS since, null AS until, r.role AS detail, false AS outgoing
  UNION ALL
  MATCH (n:Intelligence)-[r:MENTIONS]->(m)
  WHERE 'MENTIONS' IN $types AND {{record-visible r}}
  RETURN 'MENTIONS' AS type, m, elementId(r) AS edgeId, n.date AS since, null AS until, r.role AS detail, true AS outgoing
}
WITH n, type, m, edgeId, since, until, detail, outgoing
WHERE m:Person OR m:Address OR m:Vehicle OR m:Device OR m:Account OR m:Offence OR m:Intelligence
// shown: whether the viewer may see m, by the rules of network/visible.cypher: people they may find,
// offences and intelligence within their clearance, and addresses, vehicles, devices and accounts
// within it that are linked to a person they may find. Decided here rather than by a second query per
// hop: over Bolt each query costs 1-2 ms before it does anything, and the second query was a third of
// a small hop's time (1M nominals: 3-hop p50 57 -> 41-50 ms). The price is a longer plan, made once by
// NetworkService.warmUp (about 11 s more at 1M). What may not be seen is marked, never dropped here:
// the service counts what was read against the read limit, and a dropped record would hide that the
// limit was reached. A rule that comes out null (an unset property) is false, as in a WHERE.
WITH n, type, m, edgeId, since, until, detail, outgoing,
     coalesce(CASE WHEN NOT {{record-visible m}} THEN false
                   WHEN m:Person THEN {{person-searchable m}}
                   WHEN m:Offence OR m:Intelligence THEN true
                   ELSE {{linked-record-searchable m}} END, false) AS shown
// The properties a drawn node needs are read only for a node and type with at most $propsUpTo links
// (the service's cap): more visible than that collapse into a count, and a hub's 200 residents' 22
// properties each were most of a hub hop's db hits and of the answer's size (PROFILE at 1M: 17,886 of
// ~30,000 hits). The service reads a node again whole when fewer than that turn out to be visible.
WITH n, type, collect({m: m, eid: elementId(m), labels: labels(m), edgeId: edgeId, since: since, until: until,
                       detail: detail, outgoing: outgoing, shown: shown}) AS read
RETURN elementId(n) AS source, type,
       [l IN read | {eid: l.eid, labels: l.labels, edgeId: l.edgeId, since: l.since, until: l.until, detail: l.detail,
                     outgoing: l.outgoing, shown: l.shown,
                     props: CASE WHEN size(read) <= $propsUpTo THEN {
                       id: l.m.id, forename: l.m.forename, surname: l.m.surname, dob: l.m.dob, line1: l.m.line1,
                       town: l.m.town, postcode: l.m.postcode, kind: l.m.kind, vrm: l.m.vrm, make: l.m.make,
                       model: l.m.model, colour: l.m.colour, phoneNumber: l.m.phoneNumber, imei: l.m.imei,
                       type: l.m.type, value: l.m.value, platform: l.m.platform, date: l.m.date,
                       sourceEval: l.m.sourceEval, intelEval: l.m.intelEval, category: l.m.category,
                       area: l.m.area} END}] AS links
