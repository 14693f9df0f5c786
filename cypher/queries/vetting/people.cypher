// Names of victims and protected people, for a viewer already found to have a need (victim-details-visible).
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
RETURN p.id AS id, p.forename AS forename, p.surname AS surname
