// People a search finds, as $viewer may find them, with what the ranker needs to order and explain
// them (uk.vigil.search.PersonRanker). Candidates come from the full-text indexes in $fulltext
// ([{index, analyzer, query, via}], names from SearchIndexes, query text built by LuceneQuery, never
// the user's raw text) and from an exact date-of-birth lookup ($dobs). An alias hit counts for the
// person holding it; a condition-wording hit for the nominal subject to it, and only if the condition
// protects nobody or the viewer may see the nominal's victims. Each reading gives at most its
// `limit` candidates ($limit for dates of birth): `cappedVias` says which hit it.
CALL () {
  UNWIND $fulltext AS fq
  CALL db.index.fulltext.queryNodes(fq.index, fq.query, {limit: fq.limit, analyzer: fq.analyzer}) YIELD node, score
  RETURN node, score, fq.via AS via, fq.limit AS cap
  UNION ALL
  UNWIND $dobs AS d
  MATCH (node:Person {dob: d})
  WITH node LIMIT $limit
  RETURN node, 1.0 AS score, 'DOB' AS via, $limit AS cap
}
WITH via, cap, collect([node, score]) AS found
WITH collect(CASE WHEN size(found) >= cap THEN via END) AS cappedVias, collect([via, found]) AS groups
UNWIND groups AS g
UNWIND g[1] AS f
WITH cappedVias, g[0] AS via, f[0] AS node, f[1] AS score
WHERE {{record-visible node}}
OPTIONAL MATCH (holder:Person)-[:HAS_ALIAS]->(node:Alias)
OPTIONAL MATCH (subject:Nominal)-[:SUBJECT_OF]->(order:Order)-[:HAS_CONDITION]->(node:Condition)
WITH cappedVias, via, node, score, coalesce(holder, subject, node) AS p, order
WHERE p:Person
  AND (NOT node:Condition OR ({{record-visible order}}
       AND (NOT EXISTS { (node)-[:PROTECTS|HAS_ZONE]->() } OR {{victim-details-visible p}})))
WITH cappedVias, p, collect({via: via, score: score,
       alias: CASE WHEN node:Alias THEN node {.forename, .surname, .middleNames, .dob} END,
       text: CASE via WHEN 'CONDITION' THEN node.wording END}) AS hits
WHERE {{person-searchable p}}
  AND ($area IS NULL OR p.area = $area OR EXISTS { (p)-[:HAS_CASE]->(:MappaCase {area: $area}) })
  AND ($dobFrom IS NULL OR p.dob >= $dobFrom)
  AND ($dobTo IS NULL OR p.dob <= $dobTo)
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_CASE]->(c:MappaCase) WHERE {{record-visible c}}
  RETURN c ORDER BY c.status = 'ACTIVE' DESC, c.referralDate DESC LIMIT 1
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ASSESSMENT]->(r:RiskAssessment {tool: 'ROSH'}) WHERE {{record-visible r}}
  RETURN r.level AS rosh ORDER BY r.date DESC LIMIT 1
}
WITH cappedVias, p, hits, c, rosh
WHERE ($category IS NULL OR c.category = $category)
  AND ($level IS NULL OR c.level = $level)
  AND ($rosh IS NULL OR rosh = $rosh)
CALL (p) {
  OPTIONAL MATCH (p)-[h:LIVES_AT]->(a:Address) WHERE {{record-visible a}} AND {{record-visible h}}
  RETURN a.town AS town ORDER BY h.to IS NULL DESC, h.from DESC LIMIT 1
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_ALIAS]->(al:Alias) WHERE {{record-visible al}}
  RETURN collect(al {.forename, .middleNames, .surname, .dob}) AS aliases
}
RETURN cappedVias, p.id AS id,
       [l IN labels(p) WHERE l IN ['Nominal', 'Associate', 'Child']
                             OR (l = 'Victim' AND {{victim-identity-visible p}})] AS roles,
       p.forename AS forename, p.middleNames AS middleNames, p.surname AS surname, p.dob AS dob, p.sex AS sex,
       p.description AS description,
       coalesce(c.area, p.area) AS area, c.category AS category, c.level AS level, c.status AS caseStatus,
       rosh, town, aliases, hits,
       CASE WHEN p:Nominal THEN p {.pncId, .croNo, .crn, .nomsNo, .visorRef} END AS identifiers
