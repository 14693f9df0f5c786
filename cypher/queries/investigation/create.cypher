// A new investigation (docs/investigations.md), version 1.
CREATE (i:Investigation {id: $id, name: $name, description: $description, createdBy: $username,
                         createdByAgency: $agency, createdAt: $now, updatedAt: $now, version: 1})
RETURN i.id AS id
