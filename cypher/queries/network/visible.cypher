// Which of the nodes $eids (element ids) $viewer may see in a network, path or report: people they
// may find (person-searchable: a victim who is not a nominal only for those who may know who she is);
// addresses, vehicles, devices and accounts within their clearance and linked to such a person;
// offences, convictions and intelligence within their clearance. Kept apart from the traversal
// queries so each stays small to plan; every hop, report and count passes through it.
UNWIND $eids AS eid
MATCH (m) WHERE elementId(m) = eid
WITH m WHERE {{record-visible m}}
CALL (m) {
  WITH m WHERE m:Person
  RETURN m AS p
  UNION
  WITH m WHERE m:Address OR m:Vehicle OR m:Device OR m:Account
  MATCH (m)<-[lr:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|USES_VEHICLE|USES_DEVICE|USES_ACCOUNT]-(p:Person)
  WHERE {{record-visible lr}}
  RETURN p
  UNION
  WITH m WHERE m:Offence OR m:Conviction OR m:Intelligence
  RETURN null AS p
}
WITH m, p WHERE p IS NULL OR {{person-searchable p}}
RETURN DISTINCT elementId(m) AS eid
