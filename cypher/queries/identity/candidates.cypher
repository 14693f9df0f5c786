// Nominals who might be the same human as nominal $id (docs/network.md, "Duplicate identities"):
// the blocks that find them are the same date of birth or the day and month swapped, the same PNC id,
// a shared phone, or a shared private home. Only those $viewer may see; scored in Java (DuplicateScorer).
MATCH (x:Person:Nominal {id: $id})
CALL (x) {
  WITH x, CASE WHEN x.dob IS NULL THEN [] WHEN x.dob.day <= 12
              THEN [x.dob, date({year: x.dob.year, month: x.dob.day, day: x.dob.month})] ELSE [x.dob] END AS dobs
  UNWIND dobs AS dob
  MATCH (y:Person:Nominal {dob: dob})
  RETURN y
  UNION
  MATCH (y:Person:Nominal {pncId: x.pncId})
  RETURN y
  UNION
  MATCH (x)-[:USES_DEVICE]->(:Device)<-[:USES_DEVICE]-(y:Person:Nominal)
  RETURN y
  UNION
  MATCH (x)-[:LIVES_AT]->(h:Address {kind: 'PRIVATE'})<-[:LIVES_AT]-(y:Person:Nominal)
  RETURN y
}
WITH x, y WHERE y <> x AND {{person-visible y}}
WITH y AS p
RETURN elementId(p) AS eid, p.id AS id, p.forename AS forename, p.surname AS surname, p.dob AS dob, p.pncId AS pncId,
       [(p)-[:HAS_ALIAS]->(a:Alias) | [coalesce(a.forename, p.forename), coalesce(a.surname, p.surname)]] AS aliases,
       [(p)-[:USES_DEVICE]->(d:Device) | d.id] AS devices,
       [(p)-[:LIVES_AT]->(h:Address) WHERE h.kind = 'PRIVATE' | h.id] AS homes,
       [(p)-[:SAME_AS|NOT_SAME_AS]-(o:Person) | o.id] AS decided
