// What $viewer may do with person $id: no row = no such person. Used by RecordAccess before any read.
MATCH (p:Person {id: $id})
RETURN {{person-visible p}} AS visible,
       {{in-caseload p}} AS inCaseload,
       {{victim-details-visible p}} AS victimDetails
