// Rule 5 (concentration, docs/geo.md) counts registered sex offenders' homes near an address. Near a
// town centre at 1M nominals that meant every address within the radius (tens of thousands) and a
// walk of each resident's relationships for his case. Two marks let it read only RSOs' addresses:
// - :Rso on a person with an ACTIVE category 1 case: exact, set and removed by every write of cases;
// - :RsoAddress on every address an :Rso person lives, lived or proposes to live at: a superset, only
//   ever added (rule 5 still checks the link, its dates and the person's :Rso).
// The importer keeps both in each batch's transaction (cypher/import/rso-marks.cypher); this sets
// them on data loaded before, and on a store written by the initial load, whose migrations run after.
CREATE POINT INDEX rso_address_location IF NOT EXISTS FOR (a:RsoAddress) ON (a.location);
MATCH (o:Person) WHERE EXISTS { (o)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', category: 1}) }
CALL (o) { SET o:Rso } IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Rso)-[:LIVES_AT|PROPOSED_ADDRESS]->(a:Address)
CALL (a) { SET a:RsoAddress } IN TRANSACTIONS OF 10000 ROWS;
