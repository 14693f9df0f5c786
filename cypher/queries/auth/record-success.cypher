// Records a successful sign-in and uses up its one-time-code step ($totpStep, null without a code).
// fresh is false when that step (or a later one) was already used: a replayed code that raced this
// sign-in. The first SET takes the node's write lock, so two sign-ins cannot both use one code.
MATCH (u:User {username: $username})
SET u._lock = true
WITH u, ($totpStep IS NULL OR coalesce(u.totpLastStep, -1) < $totpStep) AS fresh
SET u.totpLastStep = CASE WHEN fresh AND $totpStep IS NOT NULL THEN $totpStep ELSE u.totpLastStep END,
    u.lastLoginAt = CASE WHEN fresh THEN $now ELSE u.lastLoginAt END
REMOVE u._lock
RETURN fresh
