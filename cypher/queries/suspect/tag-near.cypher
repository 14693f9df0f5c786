// Nominals whose tag recorded a position within $radius metres of $place during [$fromTime, $toTime]
// (docs/suspects.md, "Tag data"), nearest first, at most $limit. Fixes are sought by day and grid
// cell ($slots, uk.vigil.monitoring.TagSlot.around), then each one's time and distance is checked.
// Location trails are not shown to duty-to-cooperate agencies, as intelligence is not.
MATCH (f:TagFix) WHERE f.slot IN $slots
  AND f.recordedAt >= $fromTime AND f.recordedAt <= $toTime
  AND point.distance(f.location, $place) <= $radius
  AND NOT $viewer.dtc AND {{record-visible f}}
MATCH (p:Nominal)-[:HAD_TAG_FIX]->(f)
WHERE {{person-searchable p}}
WITH p, min(point.distance(f.location, $place)) AS distanceM
RETURN p.id AS id
ORDER BY distanceM, id
LIMIT $limit
