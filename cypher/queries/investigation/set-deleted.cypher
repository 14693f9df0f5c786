// Soft delete ($deleted = true) or restore of investigation $id: nothing is removed, the deletion is
// a mark (who and when) that hides it from lists until it is restored.
MATCH (i:Investigation {id: $id})
SET i.deletedAt = CASE WHEN $deleted THEN $now ELSE null END,
    i.deletedBy = CASE WHEN $deleted THEN $username ELSE null END,
    i.updatedAt = $now, i.version = i.version + 1
RETURN i.version AS version
