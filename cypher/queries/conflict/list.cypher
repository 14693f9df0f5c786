// The conflict dashboard of area $area as $viewer may see it: conflicts of nominals the viewer may see only
// (counts too). $status: OPEN, NEW (open and first seen since $since), RESOLVED (resolved since $since) or ALL;
// $rule: one rule or null. Newest first. An open conflict was checked on the later of its own asOf and the
// area's last whole scan (area-scanned.cypher).
MATCH (c:Conflict {area: $area})-[:CONCERNS]->(n:Person)
WHERE {{person-visible n}}
WITH c, n,
     c.status = 'OPEN' AND c.firstSeen >= $since AS isNew
WITH collect({c: c, n: n, isNew: isNew}) AS rows
OPTIONAL MATCH (area:Area {id: $area})
WITH rows, area.conflictsAsOf AS scannedFor, area.conflictsScannedAt AS scannedAt,
     size([r IN rows WHERE r.c.status = 'OPEN']) AS open,
     size([r IN rows WHERE r.isNew]) AS newCount,
     size([r IN rows WHERE r.c.status = 'RESOLVED' AND r.c.resolvedAt >= $since]) AS resolvedRecently,
     size([r IN rows WHERE r.c.status = 'RESOLVED']) AS resolved
WITH open, newCount, resolvedRecently, resolved, scannedFor, scannedAt,
     [r IN rows WHERE ($rule IS NULL OR r.c.rule = $rule) AND (
        $status = 'ALL' OR ($status = 'OPEN' AND r.c.status = 'OPEN') OR ($status = 'NEW' AND r.isNew)
        OR ($status = 'RESOLVED' AND r.c.status = 'RESOLVED'))] AS picked
UNWIND (CASE WHEN size(picked) = 0 THEN [null] ELSE picked END) AS r
WITH open, newCount, resolvedRecently, resolved, scannedFor, scannedAt, size(picked) AS total, r
ORDER BY r.c.firstSeen DESC, r.c.id
WITH open, newCount, resolvedRecently, resolved, scannedAt, total, collect(CASE WHEN r IS NULL THEN null ELSE {
  id: r.c.id, rule: r.c.rule, status: r.c.status, isNew: r.isNew, firstSeen: r.c.firstSeen, resolvedAt: r.c.resolvedAt,
  distanceM: r.c.distanceM, summary: r.c.summary, area: r.c.area, relation: r.c.relation,
  asOf: CASE WHEN r.c.status = 'OPEN' AND scannedFor > r.c.asOf THEN scannedFor ELSE r.c.asOf END,
  nominal: {id: r.n.id, forename: r.n.forename, surname: r.n.surname}} END) AS all
RETURN open, newCount, resolvedRecently, resolved, scannedAt, total, all[$skip..($skip + $size)] AS items
