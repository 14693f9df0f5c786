// Keeps rule 5's marks (migration V0013) true for the persons $persons, in the transaction of a batch
// that may have changed their cases or addresses: :Rso exactly when he has an ACTIVE category 1 case,
// then :RsoAddress on every address he lives, lived or proposes to live at. :RsoAddress is only
// added: a stale one costs rule 5 a look, never a finding, and removing it would need every other
// resident's cases too.
UNWIND $persons AS pid
MATCH (o:Person {id: pid})
WITH o, EXISTS { (o)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', category: 1}) } AS rso
FOREACH (_ IN CASE WHEN rso THEN [1] ELSE [] END | SET o:Rso)
FOREACH (_ IN CASE WHEN rso THEN [] ELSE [1] END | REMOVE o:Rso)
WITH o, rso WHERE rso
MATCH (o)-[:LIVES_AT|PROPOSED_ADDRESS]->(a:Address)
SET a:RsoAddress
