// One investigation (deleted or not) with its charts, saved searches and included records.
MATCH (i:Investigation {id: $id})
CALL (i) {
  OPTIONAL MATCH (i)-[:INCLUDES]->(n)
  RETURN collect(CASE WHEN n IS NULL THEN null ELSE {kind: CASE
           WHEN n:Person THEN 'PERSON' WHEN n:Address THEN 'ADDRESS' WHEN n:Vehicle THEN 'VEHICLE'
           WHEN n:Device THEN 'DEVICE' ELSE 'ACCOUNT' END, id: n.id} END) AS records
}
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_CHART]->(c:InvestigationChart)
  WITH c ORDER BY c.createdAt
  RETURN collect(c {.id, .name, .state, .createdAt, .createdBy}) AS charts
}
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_SEARCH]->(s:SavedSearch)
  WITH s ORDER BY s.createdAt
  RETURN collect(s {.id, .kind, .params, .purpose, .createdAt, .createdBy}) AS searches
}
RETURN i {.id, .name, .description, .createdBy, .createdByAgency, .createdAt, .updatedAt, .version, .deletedAt, .deletedBy} AS investigation,
       records, charts, searches
