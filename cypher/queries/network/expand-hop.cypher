// One hop of a network expansion (docs/network.md): the neighbours of each frontier node over the
// link types in $types (at most $perType of each relationship type per node), holding at some time in [$since, $until], that $viewer may see. A conviction
// is folded into one CONVICTED_OF link person-offence. Which addresses, vehicles, devices and accounts
// the viewer may see is then decided by network/visible.cypher (kept apart so this query stays small
// to plan; its linked-person EXISTS is the costly part to plan); the service
// collapses more than the cap of visible neighbours per node and type into a count (a hub).
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
// shown: whether the viewer may see m, decided here for people, offences and intelligence and for any
// record beyond the viewer's clearance (the rules of network/visible.cypher); null for addresses,
// vehicles, devices and accounts within it, which need a linked person the viewer may find and so go
// through network/visible.cypher. What may not be seen is marked, never dropped here: the service
// counts what was read against the read limit, and a dropped record would hide that the limit was reached.
WITH n, type, m, edgeId, since, until, detail, outgoing,
     CASE WHEN NOT {{record-visible m}} THEN false
          WHEN m:Person THEN {{person-searchable m}}
          WHEN m:Offence OR m:Intelligence THEN true
          ELSE null END AS shown
WITH n, type, collect({eid: elementId(m), labels: labels(m), edgeId: edgeId, since: since, until: until, detail: detail,
                       outgoing: outgoing, shown: shown,
                       props: m {.id, .forename, .surname, .dob, .line1, .town, .postcode, .kind, .vrm, .make, .model,
                                 .colour, .phoneNumber, .imei, .type, .value, .platform, .date, .sourceEval, .intelEval,
                                 .category, .area}}) AS links
RETURN elementId(n) AS source, type, links
