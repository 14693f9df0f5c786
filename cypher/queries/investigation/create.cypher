// A new investigation (docs/investigations.md), version 1; searchText is what the list's text filter
// looks in (name and description, lower-cased: V0012's text index).
CREATE (i:Investigation {id: $id, name: $name, description: $description, createdBy: $username,
                         createdByAgency: $agency, createdAt: $now, updatedAt: $now, version: 1,
                         searchText: toLower($name + ' ' + coalesce($description, ''))})
RETURN i.id AS id
