// The nominals whose conflicts a change can alter: people living at, proposing, working at or frequenting
// changed addresses, offenders within $reachM of them (concentration, victims' homes) ; offenders whose
// conditions hold changed zones; offenders of or protecting changed people (victims, protected people,
// children and the offenders themselves); offenders near changed sensitive places. Only ACTIVE cases.
CALL () {
  UNWIND $addresses AS aid
  MATCH (a:Address {id: aid})
  CALL (a) {
    MATCH (p:Person)-[:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(a) RETURN p
    UNION
    MATCH (near:Address) WHERE point.distance(near.location, a.location) <= $reachM
    MATCH (p:Person)-[:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(near) RETURN p
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
    MATCH (v)-[:LIVES_AT]->(:Address)<-[:LIVES_AT|PROPOSED_ADDRESS]-(p:Person) RETURN p
  }
  RETURN p
  UNION
  UNWIND $places AS sid
  MATCH (sp:SensitivePlace {id: sid})
  MATCH (near:Address) WHERE point.distance(near.location, sp.location) <= $reachM
  MATCH (p:Person)-[:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(near)
  RETURN p
}
WITH DISTINCT p WHERE p:Nominal AND EXISTS { (p)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE'}) }
RETURN p.id AS id
LIMIT 100000
