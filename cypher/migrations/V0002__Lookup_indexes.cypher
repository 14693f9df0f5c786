// Indexes behind the nominal list (filter by area, sort by name) and the profile's look-ups.
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surname, n.forename);
CREATE INDEX person_area IF NOT EXISTS FOR (n:Person) ON (n.area);
CREATE INDEX mappa_case_area_level IF NOT EXISTS FOR (c:MappaCase) ON (c.area, c.category, c.level);
CREATE INDEX mappa_case_next_review IF NOT EXISTS FOR (c:MappaCase) ON (c.nextReviewDate);
CREATE INDEX vehicle_vrm IF NOT EXISTS FOR (v:Vehicle) ON (v.vrmNormalised);
CREATE INDEX device_phone IF NOT EXISTS FOR (d:Device) ON (d.phoneNormalised);
CREATE INDEX device_imei IF NOT EXISTS FOR (d:Device) ON (d.imei);
CREATE INDEX address_postcode IF NOT EXISTS FOR (a:Address) ON (a.postcode);
CREATE INDEX meeting_area_date IF NOT EXISTS FOR (m:Meeting) ON (m.area, m.date);
CREATE INDEX action_due IF NOT EXISTS FOR (a:Action) ON (a.status, a.dueDate);
CREATE INDEX intelligence_date IF NOT EXISTS FOR (i:Intelligence) ON (i.date);
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date);
