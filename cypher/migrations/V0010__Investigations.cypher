// Saved investigations (docs/investigations.md): a named set of network charts and saved searches,
// shared with every colleague who may see all the records it includes. V0007 already holds the
// uniqueness of Investigation.id; these add the keys of its parts and the newest-first listing.
CREATE CONSTRAINT investigation_chart_id IF NOT EXISTS FOR (c:InvestigationChart) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT saved_search_id IF NOT EXISTS FOR (s:SavedSearch) REQUIRE s.id IS UNIQUE;
CREATE INDEX investigation_created_at IF NOT EXISTS FOR (i:Investigation) ON (i.createdAt);
