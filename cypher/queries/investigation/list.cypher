// Every investigation not deleted, newest first, with the records it includes (kind and id) so the
// service can keep those whose every record the viewer may see (access/visible-records).
MATCH (i:Investigation)
WHERE i.deletedAt IS NULL
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
ORDER BY i.createdAt DESC, i.id
