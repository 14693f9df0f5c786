// The restriction a change will replace, read under the person's write lock (taken by the SET and
// held to the end of the transaction), so two administrators' changes queue and each one audits
// the state it really replaced. unknown: the names in $usernames that no account has.
MATCH (p:Person {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id, coalesce(p.restricted, false) AS restricted,
       COLLECT { MATCH (p)<-[:ALLOWED_ACCESS]-(u:User) RETURN u.username ORDER BY u.username } AS allowed,
       COLLECT { MATCH (p)<-[:DENIED_ACCESS]-(u:User) RETURN u.username ORDER BY u.username } AS denied,
       [name IN $usernames WHERE NOT EXISTS { MATCH (:User {username: name}) }] AS unknown
