// Hidden associations of person $id (docs/network.md): everyone $viewer may see who shares a phone,
// vehicle, account or home, an offence (co-accused) or an intelligence report with them, with no
// recorded ASSOCIATED_WITH and no confirmed SAME_AS between them (recorded: true marks those). Per
// shared thing: everyone sharing it and when each held it. The service keeps those the viewer may see
// (network/visible.cypher), counts them (the thing's degree: rarity is evidence), and lists only
// things shared by at most 25 visible people (approved premises, prisons, hostels are counted only).
MATCH (x:Person {id: $id})
CALL (x) {
  MATCH (x)-[r1:USES_DEVICE|USES_VEHICLE|USES_ACCOUNT|LIVES_AT]->(e)
  WHERE {{record-visible r1}} AND {{record-visible e}}
  RETURN type(r1) AS via, e, r1.from AS since1, r1.to AS until1
  UNION ALL
  MATCH (x)-[:HAS_CONVICTION]->(c:Conviction)-[:FOR_OFFENCE]->(e:Offence)
  WHERE {{record-visible c}} AND {{record-visible e}}
  RETURN 'CONVICTED_OF' AS via, e, coalesce(e.date, c.date) AS since1, coalesce(e.date, c.date) AS until1
  UNION ALL
  MATCH (x)<-[m:MENTIONS]-(e:Intelligence)
  WHERE {{record-visible m}} AND {{record-visible e}}
  RETURN 'MENTIONS' AS via, e, e.date AS since1, e.date AS until1
}
CALL (x, e, via) {
  MATCH (e)<-[r2:USES_DEVICE|USES_VEHICLE|USES_ACCOUNT|LIVES_AT]-(y:Person)
  WHERE type(r2) = via AND y <> x AND {{record-visible r2}}
  RETURN y, r2.from AS since2, r2.to AS until2
  UNION ALL
  MATCH (e:Offence)<-[:FOR_OFFENCE]-(c2:Conviction)<-[:HAS_CONVICTION]-(y:Person)
  WHERE via = 'CONVICTED_OF' AND y <> x AND {{record-visible c2}}
  RETURN y, coalesce(e.date, c2.date) AS since2, coalesce(e.date, c2.date) AS until2
  UNION ALL
  MATCH (e:Intelligence)-[m2:MENTIONS]->(y:Person)
  WHERE via = 'MENTIONS' AND y <> x AND {{record-visible m2}}
  RETURN y, e.date AS since2, e.date AS until2
}
WITH x, via, e, since1, until1, y, since2, until2,
     size([(x)-[rec:ASSOCIATED_WITH|SAME_AS]-(y) | rec]) > 0 AS recorded
WITH x, via, e, since1, until1,
     collect({since2: since2, until2: until2, recorded: recorded,
              person: {eid: elementId(y), labels: labels(y), props: y {.id, .forename, .surname, .dob, .area}}}) AS sharers
RETURN via, since1, until1,
       {eid: elementId(e), labels: labels(e),
        props: e {.id, .line1, .town, .postcode, .kind, .vrm, .make, .model, .colour, .phoneNumber, .imei, .type, .value,
                  .platform, .date, .sourceEval, .intelEval, .category}} AS thing,
       sharers AS people
