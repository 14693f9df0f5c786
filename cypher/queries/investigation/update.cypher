// Renames or redescribes investigation $id if it is still at $version (optimistic locking): no row
// when someone changed it meanwhile or it is deleted.
MATCH (i:Investigation {id: $id})
WHERE i.version = $version AND i.deletedAt IS NULL
SET i.name = $name, i.description = $description, i.searchText = toLower($name + ' ' + coalesce($description, '')),
    i.updatedAt = $now, i.version = i.version + 1
RETURN i.version AS version
