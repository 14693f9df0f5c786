// The cells ($cellLat by $cellLng degrees) holding a home or proposed home, whatever its dates, of the
// registered sex offenders among nominals $ids: where rule 5 can look from, so the RSO homes around them are
// loaded once for a recompute (uk.vigil.conflict.RsoHomes). Rule 5 looks only from an RSO's own residences.
UNWIND $ids AS nid
MATCH (n:Person {id: nid})-[:LIVES_AT|PROPOSED_ADDRESS]->(a:Address)
WHERE n:Rso AND a.location IS NOT NULL
RETURN DISTINCT toInteger(floor(a.location.latitude / $cellLat)) AS row, toInteger(floor(a.location.longitude / $cellLng)) AS col
