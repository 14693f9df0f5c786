// Before a relationship file's rows are merged: deletes each row's {{type}} relationship (found by
// its id, through the relationship id index) when it no longer joins the row's endpoints or no
// longer has the row's type. That is how a re-loaded row whose endpoints changed moves.
// The hint keeps the index seek in a plan first made while the type has no relationships yet
// (the planner may otherwise cache a scan of the type, and a first load turns quadratic).
// $rows: [{id, type, from, fromLabel, to, toLabel}].
UNWIND $rows AS row
MATCH (a)-[old:{{type}} {id: row.id}]->(b)
USING INDEX old:{{type}}(id)
WHERE type(old) <> row.type OR a.id <> row.from OR b.id <> row.to
   OR NOT row.fromLabel IN labels(a) OR NOT row.toLabel IN labels(b)
DELETE old
