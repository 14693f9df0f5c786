// Records who attended (on the officers' invitations) and the minutes summary; the meeting is held.
MATCH (m:Meeting {id: $meetingId})
SET m.status = 'HELD', m.minutes = $minutes, m.recordedBy = $username, m.recordedAt = $now
WITH m
CALL (m) {
  UNWIND $attendance AS a
  MATCH (o:Officer {id: a.officerId})
  MERGE (o)-[i:INVITED_TO]->(m)
  SET i.attended = a.attended, i.recordedBy = $username, i.recordedAt = $now
}
RETURN m.id AS id
