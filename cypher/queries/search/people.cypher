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
// One walk of p's relationships for its case, RoSH, home town and aliases: a person with fewer than 50
// relationships keeps them in one chain, so four typed expansions would walk it four times. Each is
// the first of its kind in this order (latest assessment, current or latest home), read from a map
// so that a missing level or town is not skipped for an older one.
CALL (p) {
  OPTIONAL MATCH (p)-[r:HAS_CASE|HAS_ASSESSMENT|LIVES_AT|HAS_ALIAS]->(x)
  WHERE {{record-visible x}}
    AND CASE type(r)
          WHEN 'HAS_CASE' THEN x:MappaCase
          WHEN 'HAS_ASSESSMENT' THEN x:RiskAssessment AND x.tool = 'ROSH'
          WHEN 'LIVES_AT' THEN x:Address AND {{record-visible r}}
          ELSE x:Alias END
  WITH type(r) AS t, r, x
  ORDER BY CASE t WHEN 'HAS_CASE' THEN x.status = 'ACTIVE' WHEN 'LIVES_AT' THEN r.to IS NULL END DESC,
           CASE t WHEN 'HAS_CASE' THEN x.referralDate WHEN 'HAS_ASSESSMENT' THEN x.date WHEN 'LIVES_AT' THEN r.from END DESC
  WITH collect(CASE t WHEN 'HAS_CASE' THEN x END)[0] AS c,
       collect(CASE t WHEN 'HAS_ASSESSMENT' THEN {level: x.level} END)[0].level AS rosh,
       collect(CASE t WHEN 'LIVES_AT' THEN {town: x.town} END)[0].town AS town,
       collect(CASE t WHEN 'HAS_ALIAS' THEN x {.forename, .middleNames, .surname, .dob} END) AS aliases
  RETURN c, rosh, town, aliases
}
WITH cappedVias, p, hits, c, rosh, town, aliases
WHERE ($category IS NULL OR c.category = $category)
  AND ($level IS NULL OR c.level = $level)
  AND ($rosh IS NULL OR rosh = $rosh)
RETURN cappedVias, p.id AS id,
       [l IN labels(p) WHERE l IN ['Nominal', 'Associate', 'Child']
                             OR (l = 'Victim' AND {{victim-identity-visible p}})] AS roles,
       p.forename AS forename, p.middleNames AS middleNames, p.surname AS surname, p.dob AS dob, p.sex AS sex,
       p.description AS description,
       coalesce(c.area, p.area) AS area, c.category AS category, c.level AS level, c.status AS caseStatus,
       rosh, town, aliases, hits,
       CASE WHEN p:Nominal THEN p {.pncId, .croNo, .crn, .nomsNo, .visorRef} END AS identifiers
