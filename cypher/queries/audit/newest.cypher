// All audit records, newest first, ordered by the unique seq index.
MATCH (r:AuditRecord)
WHERE r.seq IS NOT NULL
RETURN r
ORDER BY r.seq DESC
SKIP $skip LIMIT $limit
