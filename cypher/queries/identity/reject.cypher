// An analyst decides $a and $b are different people: (a)-[:NOT_SAME_AS {rejectedBy, at, reason}]->(b),
// remembered so the pair is not proposed again. Refused (no row) while a SAME_AS links them.
MATCH (a:Person {id: $a}), (b:Person {id: $b})
WHERE NOT EXISTS { (a)-[:SAME_AS]-(b) }
MERGE (a)-[r:NOT_SAME_AS]->(b)
ON CREATE SET r.rejectedBy = $user, r.at = $now, r.reason = $reason, r.marking = 'OFFICIAL_SENSITIVE', r.area = a.area
RETURN r.rejectedBy AS rejectedBy, r.at AS at, r.reason AS reason
