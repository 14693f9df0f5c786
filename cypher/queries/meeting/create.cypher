// Creates a planned meeting with its chair, invited agencies and invited people. The caller has
// checked that the chair, agencies and officers exist ($chairId, $agencyIds, $officerIds).
MATCH (area:Area {id: $area})
MATCH (ch:Officer {id: $chairId})
CREATE (m:Meeting {id: $id, area: $area, level: $level, date: $date, status: 'PLANNED',
                   marking: 'OFFICIAL_SENSITIVE', owningAgency: $agency, sourceSystem: 'VIGIL',
                   enteredBy: $username, enteredAt: $now})
CREATE (m)-[:IN_AREA]->(area)
CREATE (m)-[:CHAIRED_BY]->(ch)
CREATE (ch)-[:INVITED_TO {attended: null}]->(m)
WITH m
CALL (m) {
  UNWIND $agencyIds AS agencyId
  MATCH (ag:Agency {id: agencyId})
  MERGE (m)-[:INVITES]->(ag)
}
CALL (m) {
  UNWIND $officerIds AS officerId
  MATCH (o:Officer {id: officerId})
  MERGE (o)-[:INVITED_TO]->(m)
}
RETURN m.id AS id
