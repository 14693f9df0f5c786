// One batch of the investigations list (docs/investigations.md, "The list"): not deleted, newest
// updated first, read in that order from V0012's updatedAt index and stopped after $batch, from the
// keyset ($before, $afterId) where the last batch ended. $username (mine only) and $text (a short
// filter text, lower-cased) are optional filters. With the records each includes, for the service's
// access check (access/visible-records) before anything is counted or paged.
MATCH (i:Investigation)
USING INDEX i:Investigation(updatedAt)
WHERE i.updatedAt <= $before AND NOT (i.updatedAt = $before AND i.id <= $afterId)
  AND i.deletedAt IS NULL
  AND ($username IS NULL OR i.createdBy = $username)
  AND ($text IS NULL OR i.searchText CONTAINS $text)
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
