// The {{k}} shortest paths (at most {{hops}} relationships) between two visible nodes, through only
// what $viewer may see (docs/network.md). Bounded SHORTEST with a quantified path pattern: the
// predicates are checked at every step of the search (StatefulShortestPath), never on whole
// enumerated paths. A non-person node linked to more than $hubDegree people (approved premises, a
// prison, a shared "unknown" number) is not walked through unless it is an end. A victim who is not a
// nominal is never walked through (only an end, when the viewer may know who she is: network/start).
// {{k}} and {{hops}} are whole numbers from an allowlist in PathRequest, never user text.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST {{k}} (a)((x)-[r:ASSOCIATED_WITH|LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|USES_VEHICLE|REGISTERED_AT|USES_DEVICE|USES_ACCOUNT|SAME_AS|HAS_CONVICTION|FOR_OFFENCE|MENTIONS]-(y)
    WHERE type(r) IN $relTypes
      AND (r.from IS NULL OR r.from <= $until) AND (r.to IS NULL OR r.to >= $since)
      AND coalesce($markingRank[r.marking], 99) <= $viewer.clearanceRank
      AND coalesce($markingRank[y.marking], 99) <= $viewer.clearanceRank
      AND (y:Person OR y:Address OR y:Vehicle OR y:Device OR y:Account OR y:Conviction OR y:Offence OR y:Intelligence)
      AND (y:Person OR y = b
           OR COUNT { (y)-[:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|USES_VEHICLE|USES_DEVICE|USES_ACCOUNT|FOR_OFFENCE|MENTIONS]-() } <= $hubDegree)
      AND (NOT y:Person OR ({{person-visible y}} AND (NOT y:Victim OR y:Nominal OR y = b)))
  ){1,{{hops}}}(b)
RETURN length(p) AS length,
       [n IN nodes(p) | {eid: elementId(n), labels: labels(n),
                         props: n {.id, .forename, .surname, .dob, .line1, .town, .postcode, .kind, .vrm, .make, .model,
                                   .colour, .phoneNumber, .imei, .type, .value, .platform, .date, .sourceEval,
                                   .intelEval, .category, .disposal, .area}}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: elementId(startNode(r)), since: r.from, until: r.to,
                                 detail: coalesce(r.kind, r.relation, r.role)}] AS rels
