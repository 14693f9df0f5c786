// Which of the nodes $eids (element ids) $viewer may see in a network, path or report: people they
// may find (person-searchable: a victim who is not a nominal only for those who may know who she is);
// addresses, vehicles, devices and accounts within their clearance and linked to such a person;
// offences, convictions and intelligence within their clearance. Kept apart from the report queries
// so each stays small to plan: the hidden-associations report and children at risk pass what they
// found through it (an expansion hop and the path queries apply the same rules themselves).
// The linked person is an EXISTS: it stops at the first one the viewer may find, where a prison or
// approved premises with thousands of residents used to check every one of them (PROFILE at 1M, the
// hidden-associations report's 6,300 records: 226,554 db hits against 582,983 for the UNION of every
// linked person, 204-311 ms against 336-477 ms). Its plan takes about 3 s to make at 1M, once per
// size class of $eids: NetworkService.warmUp makes them all before the first user needs one.
UNWIND $eids AS eid
MATCH (m) WHERE elementId(m) = eid
WITH m WHERE {{record-visible m}}
CALL (m) {
  WITH m WHERE m:Person AND {{person-searchable m}}
  RETURN m AS shown
  UNION
  WITH m WHERE (m:Address OR m:Vehicle OR m:Device OR m:Account)
    AND EXISTS {
      MATCH (m)<-[lr:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS|USES_VEHICLE|USES_DEVICE|USES_ACCOUNT]-(p:Person)
      WHERE {{record-visible lr}} AND {{person-searchable p}}
    }
  RETURN m AS shown
  UNION
  WITH m WHERE m:Offence OR m:Conviction OR m:Intelligence
  RETURN m AS shown
}
RETURN DISTINCT elementId(shown) AS eid
