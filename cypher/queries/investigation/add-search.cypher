// Adds a saved search (its kind and parameters, to be run again when opened) to investigation $id.
MATCH (i:Investigation {id: $id})
WHERE i.deletedAt IS NULL
CREATE (i)-[:HAS_SEARCH]->(:SavedSearch {id: $searchId, kind: $kind, params: $params, purpose: $purpose,
                                         createdAt: $now, createdBy: $username})
SET i.updatedAt = $now, i.version = i.version + 1
RETURN i.version AS version
