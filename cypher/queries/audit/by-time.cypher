// Audit records in a time range [$from, $to), newest first, ordered by the at index.
// (Time and seq agree unless the server clock was set back; seq breaks ties.)
MATCH (r:AuditRecord)
WHERE r.at >= $from AND r.at < $to
RETURN r
ORDER BY r.at DESC, r.seq DESC
SKIP $skip LIMIT $limit
