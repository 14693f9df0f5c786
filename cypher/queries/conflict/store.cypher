// Writes the findings of one recompute that are new or changed ($findings, for date $asOf at $now): a conflict found again keeps
// its firstSeen; one that had been RESOLVED opens again with a new firstSeen (reopenedAt says so).
// (:Conflict)-[:CONCERNS]->(offender), (:Conflict)-[:INVOLVES {role}]->(zone, address, person, place, condition, intelligence, tag position).
UNWIND $findings AS f
MERGE (c:Conflict {id: f.id})
ON CREATE SET c.firstSeen = $now, c.status = 'OPEN', c.rule = f.rule, c.relation = f.relation, c.nominal = f.nominal,
              c.marking = 'OFFICIAL_SENSITIVE', c.sourceSystem = 'VIGIL', c.enteredBy = 'vigil-conflicts', c.enteredAt = $now
WITH c, f, c.status = 'RESOLVED' AS reopened
SET c.distanceM = f.distanceM, c.summary = f.summary, c.fingerprint = f.fingerprint, c.area = f.area, c.asOf = $asOf, c.checkedAt = $now,
    c.status = 'OPEN', c.resolvedAt = null,
    c.firstSeen = CASE WHEN reopened THEN $now ELSE c.firstSeen END,
    c.reopenedAt = CASE WHEN reopened THEN $now ELSE c.reopenedAt END
WITH c, f
CALL (c, f) {
  MATCH (n:Person {id: f.nominal})
  MERGE (c)-[:CONCERNS]->(n)
}
// a conflict written again (its fingerprint changed) involves exactly the records found now: none it no longer does
CALL (c) {
  MATCH (c)-[old:INVOLVES]->()
  DELETE old
}
CALL (c, f) {
  UNWIND f.involves AS inv
  CALL (c, inv) {
    MATCH (x:Address {id: inv.id}) WHERE inv.label = 'Address'
    MERGE (c)-[:INVOLVES {role: inv.role}]->(x)
  }
  CALL (c, inv) {
    MATCH (x:ExclusionZone {id: inv.id}) WHERE inv.label = 'ExclusionZone'
    MERGE (c)-[:INVOLVES {role: inv.role}]->(x)
  }
  CALL (c, inv) {
    MATCH (x:Condition {id: inv.id}) WHERE inv.label = 'Condition'
    MERGE (c)-[:INVOLVES {role: inv.role}]->(x)
  }
  CALL (c, inv) {
    MATCH (x:Person {id: inv.id}) WHERE inv.label = 'Person'
    MERGE (c)-[:INVOLVES {role: inv.role}]->(x)
  }
  CALL (c, inv) {
    MATCH (x:SensitivePlace {id: inv.id}) WHERE inv.label = 'SensitivePlace'
    MERGE (c)-[:INVOLVES {role: inv.role}]->(x)
  }
  CALL (c, inv) {
    MATCH (x:Intelligence {id: inv.id}) WHERE inv.label = 'Intelligence'
    MERGE (c)-[:INVOLVES {role: inv.role}]->(x)
  }
  CALL (c, inv) {
    MATCH (x:TagFix {id: inv.id}) WHERE inv.label = 'TagFix'
    MERGE (c)-[:INVOLVES {role: inv.role}]->(x)
  }
}
RETURN count(*) AS written
