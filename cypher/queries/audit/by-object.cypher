// Audit records that touched one object ("who viewed this nominal"), newest first.
// Starts from the object's index node, so it reads only that object's records.
MATCH (:AuditObject {key: $object})<-[:TOUCHED]-(r:AuditRecord)
WHERE ($user IS NULL OR r.user = $user)
  AND ($event IS NULL OR r.event = $event)
  AND ($from IS NULL OR r.at >= $from)
  AND ($to IS NULL OR r.at < $to)
RETURN r
ORDER BY r.seq DESC
SKIP $skip LIMIT $limit
