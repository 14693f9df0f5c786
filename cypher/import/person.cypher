// Upserts one batch of a people file: a Person keyed by id, plus the file's role label ({{role}}).
// A person may appear in several people files: props carry only the row's non-empty fields, so
// one file never clears what another set.
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n += row.props, n:{{role}}
