// Resolves (never deletes) the conflicts $resolve, open when a recompute read them and not found again by it.
UNWIND $resolve AS id
MATCH (c:Conflict {id: id})
WHERE c.status = 'OPEN'
SET c.status = 'RESOLVED', c.resolvedAt = $now, c.checkedAt = $now
RETURN count(c) AS resolved
