// Full-text indexes behind the one search box (docs/search.md). Each index reads the same
// properties another way: its analyzer decides what counts as a match. The vigil-* analyzers are
// Vigil's own (analyzers/ module), registered with Neo4j as AnalyzerProviders: embedded they are on
// the classpath, on a Neo4j server the plugin jar goes in plugins/ (analyzers/README.md).
// Not eventually consistent: a record is findable as soon as the transaction that wrote it commits.

// Names: each name token as written (folded: diacritics, apostrophes, case) and, at the same
// position, its nickname groups and Double Metaphone codes. Neo4j allows one full-text index per
// label and property, so one index serves both readings: a query picks one with the query-time
// analyzer ('vigil-name' for exact, prefix and edit-distance; 'vigil-name-variant' for nicknames and sounds).
CREATE FULLTEXT INDEX search_person_name IF NOT EXISTS
FOR (n:Person|Alias) ON EACH [n.forename, n.middleNames, n.surname]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'vigil-name-index', `fulltext.eventually_consistent`: false}};

// Criminal-justice identifiers in every common written form (PNC short and long, no slash, case).
CREATE FULLTEXT INDEX search_person_identifier IF NOT EXISTS
FOR (n:Nominal) ON EACH [n.pncId, n.croNo, n.crn, n.nomsNo, n.visorRef]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'vigil-identifier', `fulltext.eventually_consistent`: false}};

// Marks, scars, tattoos and other physical description.
CREATE FULLTEXT INDEX search_person_description IF NOT EXISTS
FOR (n:Nominal|Associate) ON EACH [n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};

CREATE FULLTEXT INDEX search_condition_wording IF NOT EXISTS
FOR (c:Condition) ON EACH [c.wording]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};

CREATE FULLTEXT INDEX search_intelligence_text IF NOT EXISTS
FOR (i:Intelligence) ON EACH [i.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false}};

// Registration marks: canonical (no spaces, O/0 I/1 S/5 B/8 Z/2 read alike) and every suffix,
// so a partial plate with unknown characters is a wildcard term, never a scan.
CREATE FULLTEXT INDEX search_vehicle_plate IF NOT EXISTS
FOR (v:Vehicle) ON EACH [v.vrm]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'vigil-plate', `fulltext.eventually_consistent`: false}};

CREATE FULLTEXT INDEX search_vehicle_text IF NOT EXISTS
FOR (v:Vehicle) ON EACH [v.make, v.model, v.colour]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

// Phone numbers in one international form (07.., +447.., 00447.. alike) with every suffix of six
// or more digits; IMEIs likewise.
CREATE FULLTEXT INDEX search_device_number IF NOT EXISTS
FOR (d:Device) ON EACH [d.phoneNumber, d.imei]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'vigil-phone', `fulltext.eventually_consistent`: false}};

CREATE FULLTEXT INDEX search_account_value IF NOT EXISTS
FOR (a:Account) ON EACH [a.value]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

CREATE FULLTEXT INDEX search_address_text IF NOT EXISTS
FOR (a:Address) ON EACH [a.line1, a.line2, a.town, a.postcode, a.outwardCode]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

// Date of birth alone ("12/03/1985"), exact or with day and month swapped.
CREATE INDEX person_dob IF NOT EXISTS FOR (n:Person) ON (n.dob);
