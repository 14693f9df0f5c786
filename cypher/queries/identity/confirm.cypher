// An analyst confirms that $a and $b are the same human: (a)-[:SAME_AS {confirmedBy, at, reason}]->(b),
// never a merge. A rejection of the same pair is replaced. Returns the link.
MATCH (a:Person {id: $a}), (b:Person {id: $b})
OPTIONAL MATCH (a)-[rejected:NOT_SAME_AS]-(b)
DELETE rejected
MERGE (a)-[s:SAME_AS]->(b)
ON CREATE SET s.confirmedBy = $user, s.at = $now, s.reason = $reason, s.marking = 'OFFICIAL_SENSITIVE', s.area = a.area
RETURN s.confirmedBy AS confirmedBy, s.at AS at, s.reason AS reason
