// Open conflicts $ids found again unchanged by a recompute on $asOf: only when they were checked moves on.
UNWIND $ids AS id
MATCH (c:Conflict {id: id})
SET c.asOf = $asOf, c.checkedAt = $now
