// Who could have been there: nominals the viewer may find with an opportunity or a matching
// fragment during the window [$fromDate, $toDate], at most $limit of them (`capped` when more).
// Opportunity: a home, work, frequented or proposed address within $radius metres of $place (point
// index pre-filter, distance on the earth), an associate's home there, a vehicle they used
// registered there, or intelligence near the place mentioning them in the year before the window.
// Fragments: people using a vehicle or device in $vehicleIds/$deviceIds during the window, or
// named in $nameIds. Only :Nominal candidates: victims, associates and children are never suspects.
CALL () {
  MATCH (a:Address) WHERE point.distance(a.location, $place) <= $radius AND {{record-visible a}}
  WITH a LIMIT $addressLimit
  CALL (a) {
    MATCH (a)<-[r:LIVES_AT|WORKS_AT|FREQUENTS|PROPOSED_ADDRESS]-(p:Nominal)
    WHERE r.from <= $toDate AND (r.to IS NULL OR r.to >= $fromDate) AND {{record-visible r}}
    RETURN p
    UNION
    MATCH (a)<-[r:LIVES_AT]-(assoc:Person)-[k:ASSOCIATED_WITH]-(p:Nominal)
    WHERE NOT assoc:Victim AND r.from <= $toDate AND (r.to IS NULL OR r.to >= $fromDate)
      AND (k.to IS NULL OR k.to >= $fromDate) AND {{record-visible r}} AND {{record-visible k}} AND {{record-visible assoc}}
    RETURN p
    UNION
    MATCH (a)<-[:REGISTERED_AT]-(v:Vehicle)<-[u:USES_VEHICLE]-(p:Nominal)
    WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible v}} AND {{record-visible u}}
    RETURN p
  }
  RETURN p
  UNION
  CALL () {
    MATCH (i:Intelligence) WHERE point.distance(i.location, $place) <= $radius
    RETURN i LIMIT $addressLimit
  }
  WITH i WHERE i.date >= $intelFrom AND i.date <= $toDate AND {{record-visible i}}
    AND NOT $viewer.dtc AND i.area IN $viewer.areas
  MATCH (i)-[:MENTIONS]->(p:Nominal)
  RETURN p
  UNION
  MATCH (v:Vehicle) WHERE v.id IN $vehicleIds
  MATCH (v)<-[u:USES_VEHICLE]-(p:Nominal)
  WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible u}}
  RETURN p
  UNION
  MATCH (d:Device) WHERE d.id IN $deviceIds
  MATCH (d)<-[u:USES_DEVICE]-(p:Nominal)
  WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible u}}
  RETURN p
  UNION
  MATCH (n:Person) WHERE n.id IN $nameIds
  OPTIONAL MATCH (holder:Nominal)-[:HAS_ALIAS]->(n)
  WITH coalesce(holder, n) AS p WHERE p:Nominal
  RETURN p
}
WITH DISTINCT p
WHERE {{person-searchable p}}
WITH collect(p.id) AS ids
RETURN ids[0..$limit] AS ids, size(ids) > $limit AS capped
