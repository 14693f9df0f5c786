// Audit records of one event type, newest first, with an optional time range.
// Ordering by r.event (the same on every row) as well as r.seq lets the planner read the
// (event, seq) index backwards and stop after one page, instead of sorting every record of the type.
MATCH (r:AuditRecord)
WHERE r.event = $event AND r.seq IS NOT NULL
  AND ($from IS NULL OR r.at >= $from)
  AND ($to IS NULL OR r.at < $to)
RETURN r
ORDER BY r.event DESC, r.seq DESC
SKIP $skip LIMIT $limit
