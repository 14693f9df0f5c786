// Upserts one batch of a node file: one {{label}} node per row, keyed by the row's source id;
// link-out.cypher or link-in.cypher follow for each reference column the file draws.
// $rows: [{id, props, refs}]. An empty field arrives as null in props and removes the property.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n += row.props
