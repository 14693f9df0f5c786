// Records the walk cannot have visited: no integer seq, or seq at or below the last one walked.
// A valid chain has exactly as many of these as records walked (no duplicate or stray seq).
MATCH (r:AuditRecord)
WHERE NOT (r.seq IS :: INTEGER NOT NULL) OR r.seq <= $last
RETURN count(r) AS records
