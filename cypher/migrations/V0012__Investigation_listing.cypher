// The paged investigations list (docs/investigations.md, "The list"): newest-updated first over an
// index in that order, the user's own ("mine only") over creator then time, and a text filter on
// name and description over a lower-cased copy of both (searchText, kept by create and update).
CREATE INDEX investigation_updated_at IF NOT EXISTS FOR (i:Investigation) ON (i.updatedAt);
CREATE INDEX investigation_creator_updated_at IF NOT EXISTS FOR (i:Investigation) ON (i.createdBy, i.updatedAt);
CREATE TEXT INDEX investigation_search_text IF NOT EXISTS FOR (i:Investigation) ON (i.searchText);
MATCH (i:Investigation) WHERE i.searchText IS NULL
CALL (i) { SET i.searchText = toLower(i.name + ' ' + coalesce(i.description, '')) } IN TRANSACTIONS OF 10000 ROWS;
