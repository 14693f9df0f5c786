// The agency of a known user, for the audit records of their sign-in, sign-out and session expiry.
MATCH (u:User {username: $username})
RETURN u.agency AS agency
