// Step 2 of an append, same transaction: the record (every hashed field, see docs/audit.md), its
// TOUCHED links to one (:AuditObject {key}) node per object (the index behind "who viewed X"),
// and the head moved on to it. The unique seq constraint makes a fork impossible.
MATCH (h:AuditChain {id: 'main'})
CREATE (r:AuditRecord)
SET r = $record, h.hash = $record.hash, h.at = $record.at
WITH r
UNWIND $objects AS object
MERGE (o:AuditObject {key: object.key})
  ON CREATE SET o.type = object.type, o.id = object.id
CREATE (r)-[:TOUCHED]->(o)
