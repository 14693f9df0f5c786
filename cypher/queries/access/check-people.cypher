// What $viewer may do with each person of $ids (check-person for many at once): no row for an id =
// no such person. Used by RecordAccess.readPeople before any read.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN DISTINCT id,
       {{person-visible p}} AS visible,
       {{in-caseload p}} AS inCaseload,
       {{victim-details-visible p}} AS victimDetails
