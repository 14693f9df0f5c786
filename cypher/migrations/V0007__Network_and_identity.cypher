// Indexes behind duplicate-identity blocking (docs/network.md): people born on a day, nominals
// sharing a PNC id; and the keys of saved investigations (charts).
CREATE INDEX person_dob IF NOT EXISTS FOR (n:Person) ON (n.dob);
CREATE INDEX nominal_pnc_id IF NOT EXISTS FOR (n:Nominal) ON (n.pncId);
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:Investigation) REQUIRE i.id IS UNIQUE;
