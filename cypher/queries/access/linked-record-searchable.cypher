// Fragment: true when a vehicle, device, account or address __x may appear in $viewer's search
// results: its own marking is within the viewer's clearance, and some person the viewer may find
// (person-searchable) is linked to it by a relationship the viewer may see. A victim's home or phone
// is thereby found only by those who may know the victim; a record linked to nobody visible is not
// found at all, so a search cannot confirm that Vigil holds it.
(
  {{record-visible __x}}
  AND EXISTS {
    MATCH (lp:Person)-[lr:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|USES_VEHICLE|USES_DEVICE|USES_ACCOUNT]->(__x)
    WHERE {{record-visible lr}} AND {{person-searchable lp}}
  }
)
