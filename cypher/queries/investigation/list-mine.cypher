// One batch of the user's own investigations ($username), newest updated first: as list-recent,
// read from V0012's (createdBy, updatedAt) index so colleagues' investigations are never scanned.
// createdBy leads the ORDER BY (it is one value here) so the index gives the order and the read
// stops after $batch; ordered by updatedAt alone, every batch read all of the user's entries.
MATCH (i:Investigation)
USING INDEX i:Investigation(createdBy, updatedAt)
WHERE i.createdBy = $username AND i.updatedAt <= $before AND NOT (i.updatedAt = $before AND i.id <= $afterId)
  AND i.deletedAt IS NULL
  AND ($text IS NULL OR i.searchText CONTAINS $text)
WITH i ORDER BY i.createdBy DESC, i.updatedAt DESC, i.id LIMIT $batch
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
