// Intelligence items a search finds, as $viewer may find them: within clearance and, for the
// Responsible Authority, in the viewer's areas. Duty-to-co-operate members find no intelligence:
// what they may know of it comes through the meetings they are invited to. The people mentioned are
// listed only if the viewer may find them.
CALL db.index.fulltext.queryNodes('search_intelligence_text', $query, {limit: $limit}) YIELD node AS i, score
WITH collect([i, score]) AS found
WITH size(found) >= $limit AS capped, found
UNWIND found AS f
WITH capped, f[0] AS i, f[1] AS score
WHERE {{record-visible i}}
  AND ($area IS NULL OR i.area = $area)
  AND ($from IS NULL OR i.date >= $from)
  AND ($to IS NULL OR i.date <= $to)
  AND NOT $viewer.dtc AND i.area IN $viewer.areas
CALL (i) {
  OPTIONAL MATCH (i)-[m:MENTIONS]->(mp:Person) WHERE {{person-searchable mp}}
  WITH collect(CASE WHEN mp IS NOT NULL THEN {id: mp.id, forename: mp.forename, surname: mp.surname,
                relation: coalesce(m.role, 'MENTIONS'), nominal: mp:Nominal, current: true} END)[0..5] AS people
  RETURN people
}
RETURN capped, i.id AS id, i.date AS date, i.text AS text, i.sourceEval AS sourceEval, i.intelEval AS intelEval,
       i.handling AS handling, i.area AS area, score, people
