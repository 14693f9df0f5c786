// The start of an expansion or an end of a path: the node of kind $kind with key $id, when $viewer
// may see it. No row = no such record or not visible (the two are answered alike).
CALL () {
  MATCH (n:Person {id: $id}) WHERE $kind = 'PERSON' AND {{person-searchable n}} RETURN n
  UNION
  MATCH (n:Address {id: $id}) WHERE $kind = 'ADDRESS' AND {{linked-record-searchable n}} RETURN n
  UNION
  MATCH (n:Vehicle {id: $id}) WHERE $kind = 'VEHICLE' AND {{linked-record-searchable n}} RETURN n
  UNION
  MATCH (n:Device {id: $id}) WHERE $kind = 'DEVICE' AND {{linked-record-searchable n}} RETURN n
  UNION
  MATCH (n:Account {id: $id}) WHERE $kind = 'ACCOUNT' AND {{linked-record-searchable n}} RETURN n
}
RETURN elementId(n) AS eid, labels(n) AS labels,
       n {.id, .forename, .surname, .dob, .line1, .town, .postcode, .kind, .vrm, .make, .model, .colour,
          .phoneNumber, .imei, .type, .value, .platform, .date, .sourceEval, .intelEval, .category, .area} AS props
