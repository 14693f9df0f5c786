// One batch of the investigations whose name or description contains $text (lower-cased, at least
// three characters): found through V0012's text index on searchText, then newest updated first
// from the keyset ($before, $afterId) as in list-recent; $username (mine only) is optional.
MATCH (i:Investigation)
USING TEXT INDEX i:Investigation(searchText)
WHERE i.searchText CONTAINS $text
  AND i.updatedAt <= $before AND NOT (i.updatedAt = $before AND i.id <= $afterId)
  AND i.deletedAt IS NULL
  AND ($username IS NULL OR i.createdBy = $username)
WITH i ORDER BY i.updatedAt DESC, i.id LIMIT $batch
CALL (i) {
  OPTIONAL MATCH (i)-[:INCLUDES]->(n)
  RETURN collect(CASE WHEN n IS NULL THEN null ELSE {kind: CASE
           WHEN n:Person THEN 'PERSON' WHEN n:Address THEN 'ADDRESS' WHEN n:Vehicle THEN 'VEHICLE'
           WHEN n:Device THEN 'DEVICE' ELSE 'ACCOUNT' END, id: n.id} END) AS records
}
RETURN i {.id, .name, .description, .createdBy, .createdByAgency, .createdAt, .updatedAt, .version, .deletedAt} AS investigation,
       records,
       COUNT { (i)-[:HAS_CHART]->() } AS charts,
       COUNT { (i)-[:HAS_SEARCH]->() } AS searches
ORDER BY i.updatedAt DESC, i.id
