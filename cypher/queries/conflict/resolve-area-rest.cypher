// After a whole-area scan: resolves OPEN conflicts of area $area whose nominal was not scanned (case closed or moved).
MATCH (c:Conflict {area: $area, status: 'OPEN'})
WHERE NOT c.nominal IN $scanned
SET c.status = 'RESOLVED', c.resolvedAt = $now, c.checkedAt = $now
RETURN count(c) AS resolved
