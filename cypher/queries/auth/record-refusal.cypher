// A sign-in refused without counting as a failure (account locked, disabled or unvetted): noted on
// the account for administrators. It also makes every failed sign-in cost one database write, so
// timing does not tell these cases apart from wrong passwords or unknown usernames.
MATCH (u:User {username: $username})
SET u.lastRefusedAt = $now, u.lastRefusedReason = $reason
