// The meeting a pack is for, as $viewer may see it (the same rule as meeting/detail), with its
// agenda in order (ids only; each case is then read through RecordAccess).
MATCH (m:Meeting {id: $meetingId})
WHERE {{record-visible m}}
  AND ((NOT $viewer.dtc AND m.area IN $viewer.areas)
       OR ($viewer.dtc AND (EXISTS { (m)<-[:INVITED_TO]-(:Officer {id: $viewer.officerId}) }
                            OR EXISTS { (m)-[:DISCUSSES]->(:MappaCase)<-[inv:INVITED_FOR]-(:Officer {id: $viewer.officerId})
                                        WHERE coalesce(inv.meeting, m.id) = m.id })))
OPTIONAL MATCH (m)-[:CHAIRED_BY]->(ch:Officer)
CALL (m) {
  OPTIONAL MATCH (m)-[d:DISCUSSES]->(mc:MappaCase)
  WITH mc, d ORDER BY d.agendaOrder
  RETURN collect(mc.id) AS agenda
}
RETURN m {.id, .area, .level, .date, .status} AS meeting,
       CASE WHEN ch IS NULL THEN NULL ELSE ch.forename + ' ' + ch.surname END AS chair, agenda
