// The nominals whose findings a change of these records can alter, rule by rule (docs/geo.md, "Always
// current"). Only ACTIVE cases. A neighbour counts only when the changed record takes part in one of his
// rules: rule 2 looks at his victims' and protected people's homes (found through the graph, wherever they
// are), rule 3 at sensitive places near his own addresses, rule 5 at RSOs' homes near his home or proposed
// address; rules 1 and 4 only at his own addresses and zones. Links and conditions are "current" as in
// facts.cypher ($asOf). ConflictEngine.changing runs this before and after a write: the union covers both
// the old and the new neighbourhood.
CALL () {
  UNWIND $addresses AS aid
  MATCH (a:Address {id: aid})
  CALL (a) {
    // every rule looks at his own addresses: anyone linked to it, at any date
    MATCH (p:Person)-[:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a)
    RETURN p
    UNION
    // rule 2: it is the current home of a victim or protected person of p
    MATCH (v:Person)-[l:LIVES_AT]->(a)
    WHERE l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
    CALL (v) {
      MATCH (p:Person)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v) RETURN p
      UNION
      MATCH (p:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:PROTECTS]->(v) RETURN p
      UNION
      MATCH (p:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:HAS_ZONE]->(:ExclusionZone)-[:PROTECTS]->(v) RETURN p
    }
    RETURN p
    UNION
    // rule 5: an RSO lives here now, so RSOs with a home or proposed home within the radius count him
    MATCH (o:Rso)-[l:LIVES_AT]->(a)
    WHERE NOT a.kind IN $concentrationExempt AND l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
    WITH DISTINCT a
    MATCH (near:RsoAddress)
    WHERE point.distance(near.location, a.location) <= $concentrationM AND NOT near.kind IN $concentrationExempt
    MATCH (p:Rso)-[r:LIVES_AT|PROPOSED_ADDRESS]->(near)
    WHERE r.from <= $asOf AND (r.to IS NULL OR r.to >= $asOf)
    RETURN p
  }
  RETURN p
  UNION
  UNWIND $zones AS zid
  MATCH (p:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:HAS_ZONE]->(:ExclusionZone {id: zid})
  RETURN p
  UNION
  UNWIND $conditions AS cid
  MATCH (p:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition {id: cid})
  RETURN p
  UNION
  UNWIND $people AS pid
  MATCH (v:Person {id: pid})
  CALL (v) {
    RETURN v AS p
    UNION
    MATCH (p:Person)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v) RETURN p
    UNION
    MATCH (p:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:PROTECTS]->(v) RETURN p
    UNION
    MATCH (p:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:HAS_ZONE]->(:ExclusionZone)-[:PROTECTS]->(v) RETURN p
    UNION
    // rule 4: a child (or anyone whose date of birth changed) living where p lives or proposes to
    MATCH (v)-[:LIVES_AT]->(:Address)<-[:LIVES_AT|PROPOSED_ADDRESS]-(p:Person) RETURN p
    UNION
    // rule 5: an RSO (whose home or case changed) counted by the RSOs near his current home
    MATCH (v:Rso)-[l:LIVES_AT]->(a:Address)
    WHERE NOT a.kind IN $concentrationExempt AND l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
    WITH DISTINCT a
    MATCH (near:RsoAddress)
    WHERE point.distance(near.location, a.location) <= $concentrationM AND NOT near.kind IN $concentrationExempt
    MATCH (p:Rso)-[r:LIVES_AT|PROPOSED_ADDRESS]->(near)
    WHERE r.from <= $asOf AND (r.to IS NULL OR r.to >= $asOf)
    RETURN p
  }
  RETURN p
  UNION
  // rule 3: people under an active NOT_IN_SIGHT_OF condition for this type of place, with a current
  // address within the condition's distance (capped at $sensitiveMaxM)
  UNWIND $places AS sid
  MATCH (sp:SensitivePlace {id: sid})
  MATCH (near:Address)
  WHERE point.distance(near.location, sp.location) <= $sensitiveMaxM * 1.02
  MATCH (p:Person)-[r:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(near)
  WHERE r.from <= $asOf AND (r.to IS NULL OR r.to >= $asOf)
  MATCH (p)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition {type: 'NOT_IN_SIGHT_OF'})
  WHERE c.from <= $asOf AND (c.to IS NULL OR c.to >= $asOf)
    AND (size(coalesce(c.placeTypes, [])) = 0 OR sp.type IN c.placeTypes)
  WITH p, near, sp, coalesce(c.distanceM, $sensitiveDefaultM) AS limit
  WHERE point.distance(near.location, sp.location) <= CASE WHEN limit < $sensitiveMaxM THEN limit ELSE $sensitiveMaxM END * 1.02
  RETURN p
}
WITH DISTINCT p WHERE p:Nominal AND EXISTS { (p)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE'}) }
RETURN p.id AS id
LIMIT 100000
