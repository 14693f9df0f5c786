// A sign-in with a username that does not exist: counted on one guard node (a rising count is a
// sign of password spraying). It makes a failure cost the same database write whether or not the
// account exists, so timing does not reveal which usernames exist.
MERGE (g:SignInGuard {id: 'unknown-username'})
SET g.failures = coalesce(g.failures, 0) + 1, g.lastFailureAt = $now
