// One hop of a network expansion (docs/network.md): the neighbours of each frontier node over the
// link types in $types (at most $perType of each relationship type per node), holding at some time in [$since, $until], that $viewer may see. A conviction
// is folded into one CONVICTED_OF link person-offence. Which neighbours the viewer may see is then
// decided by network/visible.cypher (kept apart so this query stays small to plan); the service
// collapses more than the cap of visible neighbours per node and type into a count (a hub).
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
CALL (n) {
  // at most $perType links of each type: a prison's or hostel's thousands of residents are not all
  // read to draw one collapsed group (the service asks again without the limit when it must)
  UNWIND $types AS t
  CALL (n, t) {
    MATCH (n)-[r:ASSOCIATED_WITH|LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|USES_VEHICLE|REGISTERED_AT|USES_DEVICE|USES_ACCOUNT|SAME_AS]-(m)
    WHERE type(r) = t
      AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since)
      AND {{record-visible r}}
    RETURN r, m LIMIT $perType
  }
  RETURN type(r) AS type, m, elementId(r) AS edgeId, r.from AS since, r.to AS until,
         coalesce(r.kind, r.relation, r.role) AS detail, startNode(r) = n AS outgoing
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
WHERE (m:Person OR m:Address OR m:Vehicle OR m:Device OR m:Account OR m:Offence OR m:Intelligence)
  AND {{record-visible m}}
WITH n, type, collect({eid: elementId(m), labels: labels(m), edgeId: edgeId, since: since, until: until, detail: detail,
                       outgoing: outgoing,
                       props: m {.id, .forename, .surname, .dob, .line1, .town, .postcode, .kind, .vrm, .make, .model,
                                 .colour, .phoneNumber, .imei, .type, .value, .platform, .date, .sourceEval, .intelEval,
                                 .category, .area}}) AS links
RETURN elementId(n) AS source, type, links
