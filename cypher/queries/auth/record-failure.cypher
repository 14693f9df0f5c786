// Records a failed sign-in (wrong password or code) and locks the account when it has failed
// $maxFailures times since $windowStart (and since its last sign-in and last unlock).
// Keeps the latest 20 failure times as history. The first SET takes the node's write lock, so
// concurrent failures are all counted rather than lost.
MATCH (u:User {username: $username})
SET u._lock = true
WITH u, coalesce(u.failedAttempts, []) + [$now] AS history
WITH u, history, [t IN history WHERE t > $windowStart
                    AND (u.lastLoginAt IS NULL OR t > u.lastLoginAt)
                    AND (u.unlockedAt IS NULL OR t > u.unlockedAt)] AS recent
WITH u, history, size(recent) AS recentCount,
     NOT coalesce(u.locked, false) AND size(recent) >= $maxFailures AS lockNow
SET u.failedAttempts = history[-20..],
    u.locked = coalesce(u.locked, false) OR lockNow,
    u.lockedAt = CASE WHEN lockNow THEN $now ELSE u.lockedAt END
REMOVE u._lock
RETURN lockNow, recentCount
