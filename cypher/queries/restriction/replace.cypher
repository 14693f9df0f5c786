// Replaces a person's restriction flag and allow and deny lists with the ones given. Links that
// stay are kept with their history (when and by whom they were made); new ones record it.
MATCH (p:Person {id: $id})
SET p.restricted = $restricted
WITH p
CALL (p) {
  MATCH (p)<-[gone:ALLOWED_ACCESS]-(u:User) WHERE NOT u.username IN $allowed
  DELETE gone
}
CALL (p) {
  MATCH (p)<-[gone:DENIED_ACCESS]-(u:User) WHERE NOT u.username IN $denied
  DELETE gone
}
CALL (p) {
  UNWIND $allowed AS name
  MATCH (u:User {username: name})
  MERGE (u)-[r:ALLOWED_ACCESS]->(p)
    ON CREATE SET r.at = $now, r.by = $actor
}
CALL (p) {
  UNWIND $denied AS name
  MATCH (u:User {username: name})
  MERGE (u)-[r:DENIED_ACCESS]->(p)
    ON CREATE SET r.at = $now, r.by = $actor
}
RETURN p.id AS id
