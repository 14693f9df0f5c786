// The open conflicts of nominals $nominals with their fingerprints (uk.vigil.conflict.Finding#fingerprint):
// a recompute rewrites only what changed.
MATCH (c:Conflict)
WHERE c.nominal IN $nominals AND c.status = 'OPEN'
RETURN c.id AS id, c.fingerprint AS fingerprint
