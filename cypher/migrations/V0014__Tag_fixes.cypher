// Electronic monitoring location data (docs/import.md, tag_fixes.csv; docs/suspects.md, "Tag data").
// Fixes are found by day and grid cell (TagSlot: the importer stores `slot`), then checked exactly;
// a candidate's own trail by (person, recordedAt): the importer stores the wearer's id as `person`, next to
// his HAD_TAG_FIX relationship, so a trail is read without walking every fix he ever had.
CREATE CONSTRAINT tag_fix_id IF NOT EXISTS FOR (n:TagFix) REQUIRE n.id IS UNIQUE;
CREATE INDEX tag_fix_slot IF NOT EXISTS FOR (f:TagFix) ON (f.slot);
CREATE INDEX tag_fix_person_time IF NOT EXISTS FOR (f:TagFix) ON (f.person, f.recordedAt);
