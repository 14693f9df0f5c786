// Appended to node.cypher once per reference column of a node file: draws
// (n:{{label}})-[:{{type}}]->(t:{{target}}) to the node row.refs.{{column}} names, at most one per
// node. A reference that changed since the last load moves the relationship; an emptied one
// removes it. Relationships written by relationship files carry an id and are never touched here.
WITH n, row
CALL (n, row) {
  MATCH (n)-[old:{{type}}]->(x)
  WHERE old.id IS NULL AND (row.refs.{{column}} IS NULL OR NOT (x:{{target}} AND x.id = row.refs.{{column}}))
  DELETE old
}
CALL (n, row) {
  MATCH (t:{{target}} {id: row.refs.{{column}}})
  MERGE (n)-[:{{type}}]->(t)
}
