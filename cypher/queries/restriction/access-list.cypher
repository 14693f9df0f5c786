// A person's restriction as administrators manage it: the flag and the allow and deny lists, by
// username. Nothing else of the person: administrators do not read records (least privilege).
MATCH (p:Person {id: $id})
RETURN p.id AS id, coalesce(p.restricted, false) AS restricted,
       COLLECT { MATCH (p)<-[:ALLOWED_ACCESS]-(u:User) RETURN u.username ORDER BY u.username } AS allowed,
       COLLECT { MATCH (p)<-[:DENIED_ACCESS]-(u:User) RETURN u.username ORDER BY u.username } AS denied
