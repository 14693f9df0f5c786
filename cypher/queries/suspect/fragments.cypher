// The records search's full-text indexes find for the fragments an investigator gave: vehicles for
// a partial plate, devices for a phone fragment, people for a name. $fulltext holds the readings
// built by uk.vigil.search.Fragments (never the user's raw text). Only ids leave: candidates are
// scoped by suspect/candidates, and each reading's `capped` says whether it hit its limit.
UNWIND $fulltext AS fq
CALL (fq) {
  CALL db.index.fulltext.queryNodes(fq.index, fq.query, {limit: fq.limit, analyzer: fq.analyzer}) YIELD node
  RETURN collect(node.id) AS ids
}
RETURN fq.via AS via, ids, size(ids) >= fq.limit AS capped
