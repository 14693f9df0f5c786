// The verifier's walk: the next records after $after in seq order, each with the keys of the
// objects its TOUCHED links reach (which must equal the keys stored on the record).
MATCH (r:AuditRecord)
WHERE r.seq > $after
WITH r ORDER BY r.seq LIMIT $limit
RETURN r, [(r)-[:TOUCHED]->(o) | o.key] AS touched
