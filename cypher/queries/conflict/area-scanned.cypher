// A whole-area scan of $area for date $asOf finished at $now. Every conflict still OPEN in the area was
// found again by it; the scan does not rewrite them one by one, so list.cypher and detail.cypher show an
// open conflict's asOf as the later of its own and its area's conflictsAsOf.
MATCH (a:Area {id: $area})
SET a.conflictsAsOf = $asOf, a.conflictsScannedAt = $now
