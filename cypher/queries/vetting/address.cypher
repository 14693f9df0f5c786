// An existing address to vet, when $viewer's clearance covers it: no row otherwise.
MATCH (a:Address {id: $id})
WHERE {{record-visible a}} AND a.location IS NOT NULL
RETURN a.id AS id, a.line1 AS line1, a.town AS town, a.postcode AS postcode, a.kind AS kind,
       a.location.latitude AS lat, a.location.longitude AS lng
