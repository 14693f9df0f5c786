// Who a meeting's chair may name as an action owner or invite: the officers of the agencies of the
// meeting's area and anyone already invited, each with their agency; and those agencies (plus any the
// meeting invites). Staff records only, no nominals. The caller sorts and caps the list.
MATCH (m:Meeting {id: $meetingId})
WITH m, COLLECT {
  MATCH (ag:Agency)-[:IN_AREA]->(:Area {id: m.area}) RETURN ag
  UNION
  MATCH (m)-[:INVITES]->(ag:Agency) RETURN ag
  UNION
  MATCH (m)<-[:INVITED_TO]-(:Officer)-[:MEMBER_OF]->(ag:Agency) RETURN ag
} AS agencies
WITH m, agencies, COLLECT {
  UNWIND agencies AS ag
  MATCH (o:Officer)-[:MEMBER_OF]->(ag) RETURN o
  UNION
  MATCH (m)<-[:INVITED_TO]-(o:Officer) RETURN o
} AS people
RETURN [a IN agencies | a {.id, .name, .type}] AS agencies,
       [o IN people | o {.id, .forename, .surname, .role,
                         agencyId: [(o)-[:MEMBER_OF]->(a:Agency) | a.id][0],
                         agency: [(o)-[:MEMBER_OF]->(a:Agency) | a.name][0],
                         invited: EXISTS { (o)-[:INVITED_TO]->(m) }}] AS officers
