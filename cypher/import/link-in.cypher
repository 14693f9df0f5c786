// Appended to node.cypher once per reference column of a node file drawn the other way:
// (t:{{target}})-[:{{type}}]->(n:{{label}}) from the node row.refs.{{column}} names, at most one per
// node; moved when the reference changed, removed when it was emptied.
WITH n, row
CALL (n, row) {
  MATCH (n)<-[old:{{type}}]-(x)
  WHERE old.id IS NULL AND (row.refs.{{column}} IS NULL OR NOT (x:{{target}} AND x.id = row.refs.{{column}}))
  DELETE old
}
CALL (n, row) {
  MATCH (t:{{target}} {id: row.refs.{{column}}})
  MERGE (n)<-[:{{type}}]-(t)
}
