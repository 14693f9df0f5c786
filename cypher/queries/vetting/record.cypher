// Records an address vetting check and its result: (:VettingCheck)-[:FOR]->(nominal), -[:OF_ADDRESS]->(address) when it exists.
MATCH (n:Person {id: $nominal})
CREATE (v:VettingCheck {id: $id, at: $now, by: $by, nominal: $nominal, addressId: $addressId, postcode: $postcode,
                        location: $point, result: $result, conflicts: $conflicts, rules: $rules, summaries: $summaries,
                        asOf: $asOf, area: n.area, marking: 'OFFICIAL_SENSITIVE', sourceSystem: 'VIGIL',
                        enteredBy: $by, enteredAt: $now})
CREATE (v)-[:FOR]->(n)
WITH v
OPTIONAL MATCH (a:Address {id: $addressId})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (v)-[:OF_ADDRESS]->(a))
RETURN v.id AS id
