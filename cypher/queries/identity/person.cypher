// One nominal as duplicate detection compares it (the same fields as identity/people.cypher).
MATCH (p:Person:Nominal {id: $id})
RETURN elementId(p) AS eid, p.id AS id, p.forename AS forename, p.surname AS surname, p.dob AS dob, p.pncId AS pncId,
       [(p)-[:HAS_ALIAS]->(a:Alias) | [coalesce(a.forename, p.forename), coalesce(a.surname, p.surname)]] AS aliases,
       [(p)-[:USES_DEVICE]->(d:Device) | d.id] AS devices,
       [(p)-[:LIVES_AT]->(h:Address) WHERE h.kind = 'PRIVATE' | h.id] AS homes,
       [(p)-[:SAME_AS|NOT_SAME_AS]-(o:Person) | o.id] AS decided
