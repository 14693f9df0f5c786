// Undoes a confirmed SAME_AS between $a and $b (either direction). The audit trail keeps who
// confirmed it, when and why, and who undid it and why. Returns how many links were removed.
MATCH (a:Person {id: $a})-[s:SAME_AS]-(b:Person {id: $b})
DELETE s
RETURN count(*) AS removed
