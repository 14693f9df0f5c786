// Conflicts found by the rules of docs/geo.md, and address vetting checks.
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE;
CREATE INDEX conflict_area_status IF NOT EXISTS FOR (c:Conflict) ON (c.area, c.status);
CREATE INDEX conflict_nominal IF NOT EXISTS FOR (c:Conflict) ON (c.nominal);
CREATE CONSTRAINT vetting_check_id IF NOT EXISTS FOR (v:VettingCheck) REQUIRE v.id IS UNIQUE;
