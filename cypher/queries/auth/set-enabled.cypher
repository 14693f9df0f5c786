// An administrator enables or disables an account.
MATCH (u:User {username: $username})
SET u.enabled = $enabled, u.enabledChangedAt = $now, u.enabledChangedBy = $actor
RETURN u
