// Vehicles, devices, accounts and addresses a search finds, as $viewer may find them
// (linked-record-searchable: only records linked to a person the viewer may find), with up to five
// such people each. $fulltext as in people.cypher.
CALL () {
  UNWIND $fulltext AS fq
  CALL db.index.fulltext.queryNodes(fq.index, fq.query, {limit: fq.limit, analyzer: fq.analyzer}) YIELD node, score
  RETURN node, score, fq.via AS via, fq.limit AS cap
}
WITH via, cap, collect([node, score]) AS found
WITH collect(CASE WHEN size(found) >= cap THEN via END) AS cappedVias, collect([via, found]) AS groups
UNWIND groups AS g
UNWIND g[1] AS f
WITH cappedVias, g[0] AS via, f[0] AS x, f[1] AS score
WITH cappedVias, x, collect({via: via, score: score}) AS hits
WHERE ($area IS NULL OR x.area = $area)
  AND {{linked-record-searchable x}}
CALL (x) {
  MATCH (lp:Person)-[lr:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|USES_VEHICLE|USES_DEVICE|USES_ACCOUNT]->(x)
  WHERE {{record-visible lr}} AND {{person-searchable lp}}
  WITH lp, lr ORDER BY lr.to IS NULL DESC, lr.from DESC
  WITH collect({id: lp.id, forename: lp.forename, surname: lp.surname, relation: type(lr),
                nominal: lp:Nominal, current: lr.to IS NULL}) AS people
  RETURN people[0..5] AS people, size(people) AS peopleCount
}
RETURN cappedVias, x.id AS id,
       CASE WHEN x:Vehicle THEN 'VEHICLE' WHEN x:Device THEN 'DEVICE' WHEN x:Account THEN 'ACCOUNT' ELSE 'ADDRESS' END AS type,
       x {.vrm, .make, .model, .colour, .type, .phoneNumber, .imei, .value, .platform,
          .line1, .line2, .town, .postcode, .kind} AS fields,
       x.area AS area, hits, people, peopleCount
