// Invites an officer to a meeting and, for a duty-to-co-operate member, for the named cases of it:
// INVITED_FOR {meeting, from: today, to: the meeting day + $graceDays} is what they may then see.
MATCH (m:Meeting {id: $meetingId})
MATCH (o:Officer {id: $officerId})
MERGE (o)-[:INVITED_TO]->(m)
WITH m, o
CALL (m, o) {
  UNWIND $caseIds AS caseId
  MATCH (m)-[:DISCUSSES]->(mc:MappaCase {id: caseId})
  MERGE (o)-[inv:INVITED_FOR {meeting: m.id}]->(mc)
  SET inv.from = $today, inv.to = date(m.date) + duration({days: $graceDays}), inv.invitedBy = $username
  RETURN count(*) AS invited
}
RETURN invited
