// The type of a user's agency (POLICE, PROBATION, PRISON, CHILDRENS_SERVICES...), read at sign-in
// for the duty-to-co-operate field rules; no row when the agency is not in the graph.
MATCH (a:Agency {id: $agency})
RETURN a.type AS type
