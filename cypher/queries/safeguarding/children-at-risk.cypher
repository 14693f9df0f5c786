// Children who live or lived at an address at the same time as a registered sex offender (active
// notification requirements or an active category 1 case) or a nominal with an active
// NO_CHILD_RESIDENCE or NO_UNSUPERVISED_CHILD_CONTACT condition, while under 18 (docs/network.md,
// "Children at risk"). $area (optional) narrows to nominals of one area. Which rows the viewer may
// see (child, nominal and address) is decided afterwards by network/visible.cypher; ranked in Java.
MATCH (c:Person:Child)-[cl:LIVES_AT]->(a:Address)<-[nl:LIVES_AT]-(n:Person:Nominal)
WHERE ($area IS NULL OR n.area = $area)
  AND (cl.from IS NULL OR nl.to IS NULL OR cl.from <= nl.to)
  AND (nl.from IS NULL OR cl.to IS NULL OR nl.from <= cl.to)
  AND {{record-visible cl}} AND {{record-visible nl}}
WITH c, a, n, cl, nl,
     CASE WHEN cl.from IS NULL THEN nl.from WHEN nl.from IS NULL THEN cl.from
          WHEN cl.from > nl.from THEN cl.from ELSE nl.from END AS overlapFrom,
     CASE WHEN cl.to IS NULL THEN nl.to WHEN nl.to IS NULL THEN cl.to
          WHEN cl.to < nl.to THEN cl.to ELSE nl.to END AS overlapTo
WHERE c.dob IS NULL OR overlapFrom IS NULL OR c.dob + duration({years: 18}) > overlapFrom
WITH c, a, n, overlapFrom, overlapTo,
     EXISTS { (n)-[:SUBJECT_OF]->(o:Order {type: 'NOTIFICATION_REQUIREMENTS'})
              WHERE (o.from IS NULL OR o.from <= $today) AND (o.to IS NULL OR o.to >= $today) }
     OR EXISTS { (n)-[:HAS_CASE]->(mc:MappaCase {category: 1, status: 'ACTIVE'}) } AS rso,
     [(n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(cn:Condition)
        WHERE cn.type IN ['NO_CHILD_RESIDENCE', 'NO_UNSUPERVISED_CHILD_CONTACT']
          AND (cn.from IS NULL OR cn.from <= $today) AND (cn.to IS NULL OR cn.to >= $today)
          AND {{record-visible cn}} | {id: cn.id, type: cn.type}] AS conditions
WHERE rso OR size(conditions) > 0
RETURN elementId(c) AS childEid, elementId(n) AS nominalEid, elementId(a) AS addressEid,
       c {.id, .forename, .surname, .dob} AS child, n {.id, .forename, .surname, .dob, .area} AS nominal,
       a {.id, .line1, .town, .postcode, .kind} AS address, overlapFrom, overlapTo, rso, conditions
