// Demo only: give a demo account the practitioner record in the generated data that does the most
// work in its agency (cases managed, meetings chaired, case invitations), so caseload, victim
// details and invitations work for demo users as they would for real ones.
MATCH (u:User {username: $username})
MATCH (o:Officer)-[:MEMBER_OF]->(:Agency {id: u.agency})
WHERE o.role IN $officerRoles
WITH u, o,
     COUNT { (o)<-[:MANAGED_BY]-() } + COUNT { (o)<-[:CHAIRED_BY]-() } + COUNT { (o)-[:INVITED_FOR]->() } AS work
ORDER BY work DESC, o.id
LIMIT 1
SET u.officerId = o.id
RETURN o.id AS officerId, work
