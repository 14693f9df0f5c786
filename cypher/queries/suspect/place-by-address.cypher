// The place of a suspect search given as an address id: its location, if the viewer may find the
// address (linked-record-searchable: within clearance and linked to someone the viewer may find). No row when the id is unknown, hidden or has no location (the caller says
// "no such address" alike, so a hidden address is never confirmed).
MATCH (a:Address {id: $addressId})
WHERE a.location IS NOT NULL AND {{linked-record-searchable a}}
RETURN a.location.latitude AS lat, a.location.longitude AS lng, a.postcode AS postcode, a.town AS town
