// Adds a saved network chart to investigation $id and links the investigation to every record the
// chart includes ($records: [{kind, id}], already checked to exist and be visible to the saver).
MATCH (i:Investigation {id: $id})
WHERE i.deletedAt IS NULL
CREATE (i)-[:HAS_CHART]->(c:InvestigationChart {id: $chartId, name: $name, state: $state, createdAt: $now, createdBy: $username})
SET i.updatedAt = $now, i.version = i.version + 1
WITH i
CALL (i) {
  UNWIND $records AS rec
  CALL (rec) {
    MATCH (n:Person {id: rec.id}) WHERE rec.kind = 'PERSON' RETURN n
    UNION
    MATCH (n:Address {id: rec.id}) WHERE rec.kind = 'ADDRESS' RETURN n
    UNION
    MATCH (n:Vehicle {id: rec.id}) WHERE rec.kind = 'VEHICLE' RETURN n
    UNION
    MATCH (n:Device {id: rec.id}) WHERE rec.kind = 'DEVICE' RETURN n
    UNION
    MATCH (n:Account {id: rec.id}) WHERE rec.kind = 'ACCOUNT' RETURN n
  }
  MERGE (i)-[:INCLUDES]->(n)
  RETURN count(*) AS linked
}
RETURN i.version AS version, linked
