// One user's audit records, newest first, with the other filters optional.
// Ordering by r.user (the same on every row) as well as r.seq lets the planner read the
// (user, seq) index backwards and stop after one page, instead of sorting all of the user's records.
MATCH (r:AuditRecord)
WHERE r.user = $user AND r.seq IS NOT NULL
  AND ($event IS NULL OR r.event = $event)
  AND ($from IS NULL OR r.at >= $from)
  AND ($to IS NULL OR r.at < $to)
RETURN r
ORDER BY r.user DESC, r.seq DESC
SKIP $skip LIMIT $limit
