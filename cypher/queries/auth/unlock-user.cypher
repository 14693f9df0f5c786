// An administrator unlocks an account; failures before now no longer count towards a lock.
MATCH (u:User {username: $username})
SET u.locked = false, u.unlockedAt = $now, u.unlockedBy = $actor
RETURN u
