// Every user account, by username, for the administrators' list.
MATCH (u:User)
RETURN u
ORDER BY u.username
