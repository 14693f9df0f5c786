// User accounts: one per username; look-ups by agency (admin lists) and by linked officer.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE INDEX user_agency IF NOT EXISTS FOR (u:User) ON (u.agency);
CREATE INDEX user_officer IF NOT EXISTS FOR (u:User) ON (u.officerId);
// The counter of sign-ins with unknown usernames (one node, merged by id).
CREATE CONSTRAINT sign_in_guard_id IF NOT EXISTS FOR (g:SignInGuard) REQUIRE g.id IS UNIQUE;
