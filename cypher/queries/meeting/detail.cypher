// One meeting as $viewer may see it: Responsible Authority users in the meeting's area; a
// duty-to-co-operate member only a meeting they are invited to (or invited for one of its cases).
// No row = no such meeting, or not theirs to see (answered alike).
MATCH (m:Meeting {id: $meetingId})
WHERE {{record-visible m}}
  AND ((NOT $viewer.dtc AND m.area IN $viewer.areas)
       OR ($viewer.dtc AND (EXISTS { (m)<-[:INVITED_TO]-(:Officer {id: $viewer.officerId}) }
                            OR EXISTS { (m)-[:DISCUSSES]->(:MappaCase)<-[inv:INVITED_FOR]-(:Officer {id: $viewer.officerId})
                                        WHERE coalesce(inv.meeting, m.id) = m.id })))
OPTIONAL MATCH (m)-[:CHAIRED_BY]->(ch:Officer)
CALL (m) {
  OPTIONAL MATCH (m)<-[i:INVITED_TO]-(o:Officer)
  OPTIONAL MATCH (o)-[:MEMBER_OF]->(ag:Agency)
  WITH i, o, ag ORDER BY o.surname, o.forename
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE {id: o.id, forename: o.forename, surname: o.surname, role: o.role,
                 agency: ag.name, agencyId: ag.id, attended: i.attended} END) AS invitees
}
CALL (m) {
  OPTIONAL MATCH (m)-[:INVITES]->(ag:Agency)
  WITH ag ORDER BY ag.name
  RETURN collect(ag {.id, .name, .type}) AS agencies
}
RETURN m {.id, .area, .level, .date, .status, .minutes, .recordedAt, .recordedBy} AS meeting,
       ch {.id, .forename, .surname} AS chair, invitees, agencies
