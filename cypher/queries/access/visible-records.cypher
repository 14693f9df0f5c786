// Which of the records $records ([{kind, id}]) $viewer may see, checked in one query: people they
// may find (person-searchable), and addresses, vehicles, devices and accounts within their clearance
// and linked to such a person (linked-record-searchable): the rules of network/start, in bulk.
// A record that is unknown and one that is hidden are both simply absent from the answer.
UNWIND $records AS rec
CALL (rec) {
  MATCH (n:Person {id: rec.id}) WHERE rec.kind = 'PERSON' AND {{person-searchable n}} RETURN n
  UNION
  MATCH (n:Address {id: rec.id}) WHERE rec.kind = 'ADDRESS' AND {{linked-record-searchable n}} RETURN n
  UNION
  MATCH (n:Vehicle {id: rec.id}) WHERE rec.kind = 'VEHICLE' AND {{linked-record-searchable n}} RETURN n
  UNION
  MATCH (n:Device {id: rec.id}) WHERE rec.kind = 'DEVICE' AND {{linked-record-searchable n}} RETURN n
  UNION
  MATCH (n:Account {id: rec.id}) WHERE rec.kind = 'ACCOUNT' AND {{linked-record-searchable n}} RETURN n
}
RETURN DISTINCT rec.kind AS kind, rec.id AS id
