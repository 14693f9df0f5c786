// Who could have been there: nominals the viewer may find with an opportunity or a matching
// fragment during the window [$fromDate, $toDate], at most $limit of them (`capped` when more).
// Opportunity: a home, work, frequented or proposed address within $radius metres of $place (point
// index pre-filter, distance on the earth), an associate's home there, a vehicle they used
// registered there, or intelligence near the place mentioning them in the year before the window.
// Fragments: people using a vehicle or device in $vehicleIds/$deviceIds during the window, or
// named in $nameIds. Only :Nominal candidates: victims, associates and children are never suspects.
// When there are more than $limit, the likeliest are kept, not the first found: each gets a cheap
// estimate of the ranker's score from what is already at hand (fragment points; the best link's
// weight and nearness, as SuspectRanker's OPPORTUNITY; sex, age on $day and description words, as
// its DESCRIPTION) and the list is cut in that order. A sex other than the one described rules a
// candidate out, so those come last. A city at 1,000,000 nominals has thousands with a link within
// 2 km: in no particular order, the cap dropped the offender in every benchmark query.
CALL () {
  MATCH (a:Address) WHERE point.distance(a.location, $place) <= $radius AND {{record-visible a}}
  WITH a LIMIT $addressLimit
  CALL (a) {
    MATCH (a)<-[r:LIVES_AT|WORKS_AT|FREQUENTS|PROPOSED_ADDRESS]-(p:Nominal)
    WHERE r.from <= $toDate AND (r.to IS NULL OR r.to >= $fromDate) AND {{record-visible r}}
    RETURN p, CASE type(r) WHEN 'LIVES_AT' THEN 1.0 WHEN 'WORKS_AT' THEN 0.85 WHEN 'FREQUENTS' THEN 0.8 ELSE 0.5 END AS weight
    UNION
    MATCH (a)<-[r:LIVES_AT]-(assoc:Person)-[k:ASSOCIATED_WITH]-(p:Nominal)
    WHERE NOT assoc:Victim AND r.from <= $toDate AND (r.to IS NULL OR r.to >= $fromDate)
      AND (k.to IS NULL OR k.to >= $fromDate) AND {{record-visible r}} AND {{record-visible k}} AND {{record-visible assoc}}
    RETURN p, 0.5 AS weight
    UNION
    MATCH (a)<-[:REGISTERED_AT]-(v:Vehicle)<-[u:USES_VEHICLE]-(p:Nominal)
    WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible v}} AND {{record-visible u}}
    RETURN p, 0.6 AS weight
  }
  WITH p, weight, point.distance(a.location, $place) AS d
  RETURN p, 'OPPORTUNITY' AS kind, weight * CASE WHEN d <= 250 THEN 1.0 ELSE 1 - (d - 250) / $radius END AS score
  UNION
  CALL () {
    MATCH (i:Intelligence) WHERE point.distance(i.location, $place) <= $radius
    RETURN i LIMIT $addressLimit
  }
  WITH i WHERE i.date >= $intelFrom AND i.date <= $toDate AND {{record-visible i}}
    AND NOT $viewer.dtc AND i.area IN $viewer.areas
  MATCH (i)-[:MENTIONS]->(p:Nominal)
  WITH p, point.distance(i.location, $place) AS d
  RETURN p, 'OPPORTUNITY' AS kind, 0.7 * CASE WHEN d <= 250 THEN 1.0 ELSE 1 - (d - 250) / $radius END AS score
  UNION
  MATCH (v:Vehicle) WHERE v.id IN $vehicleIds
  MATCH (v)<-[u:USES_VEHICLE]-(p:Nominal)
  WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible u}}
  RETURN p, 'VEHICLE' AS kind, 25.0 AS score
  UNION
  MATCH (d:Device) WHERE d.id IN $deviceIds
  MATCH (d)<-[u:USES_DEVICE]-(p:Nominal)
  WHERE u.from <= $toDate AND (u.to IS NULL OR u.to >= $fromDate) AND {{record-visible u}}
  RETURN p, 'PHONE' AS kind, 25.0 AS score
  UNION
  MATCH (n:Person) WHERE n.id IN $nameIds
  OPTIONAL MATCH (holder:Nominal)-[:HAS_ALIAS]->(n)
  WITH coalesce(holder, n) AS p WHERE p:Nominal
  RETURN p, 'NAME' AS kind, 10.0 AS score
}
WITH p, kind, max(score) AS score
WITH p, sum(CASE kind WHEN 'OPPORTUNITY' THEN 30 * score ELSE score END) AS linked
WHERE {{person-searchable p}}
WITH p, linked, CASE WHEN p.dob IS NULL THEN null ELSE duration.between(p.dob, $day).years END AS age
WITH p, linked
  + CASE WHEN $sex = '' OR NOT coalesce(p.sex, '') IN ['M', 'F'] THEN 0 WHEN p.sex = $sex THEN 3 ELSE -1000 END
  + CASE WHEN age IS NULL OR NOT $ageGiven THEN 0
      WHEN age < $ageFrom THEN 10 * CASE WHEN $ageFrom - age >= 5 THEN 0 ELSE 1 - ($ageFrom - age) / 5.0 END
      WHEN age > $ageTo THEN 10 * CASE WHEN age - $ageTo >= 5 THEN 0 ELSE 1 - (age - $ageTo) / 5.0 END
      ELSE 10 END
  + CASE WHEN NOT $wordsGiven THEN 0
      ELSE 12.0 * size([w IN $words WHERE toLower(coalesce(p.description, '') + ' ' + coalesce(p.build, '')) CONTAINS w]) / size($words) END
  AS likely
ORDER BY likely DESC, p.id
WITH collect(p.id) AS ids
RETURN ids[0..$limit] AS ids, size(ids) > $limit AS capped
