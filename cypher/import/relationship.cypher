// Upserts one batch of a relationship file: (a:{{from}})-[:{{type}} {id}]->(b:{{to}}), keyed by the
// row's id, with the row's other columns and provenance as properties. unlink.cypher has run
// first, so a relationship with the row's id can only be the one between a and b. It is found
// through the id index, by hint: a MERGE here could be planned, while the type has no
// relationships yet, as a scan of the type, and that plan, cached, makes a first load quadratic.
// $rows: [{id, from, to, props}].
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
OPTIONAL MATCH (a)-[r:{{type}} {id: row.id}]->(b)
USING INDEX r:{{type}}(id)
CALL (a, b, r, row) {
  WITH a, b, r, row WHERE r IS NULL
  CREATE (a)-[created:{{type}} {id: row.id}]->(b)
  SET created += row.props
}
SET r += row.props
