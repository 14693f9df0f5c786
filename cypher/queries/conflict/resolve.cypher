// Resolves (never deletes) the OPEN conflicts of nominals $nominals that the recompute did not find again ($found).
MATCH (c:Conflict {status: 'OPEN'})
WHERE c.nominal IN $nominals AND NOT c.id IN $found
SET c.status = 'RESOLVED', c.resolvedAt = $now, c.checkedAt = $now
RETURN count(c) AS resolved
