package uk.vigil.exclusionzone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.vigil.Server;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.conflict.ConflictEngine;
import uk.vigil.conflict.ConflictSettings;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * {@code PUT /api/zones/{id}/shape} and {@code PUT /api/zones/{id}} over fixtures/geo.cypher: zone Z1
 * ("Carlisle north", over N1's home AD1 at 54.8925, -2.9329) moved away and back as a circle, with its
 * conflict resolved and reopened; its details (name, dates, person protected, condition) replaced with
 * a version check; invalid shapes, stale versions and viewers without the right refused; every change audited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneEditIT {
    private static final String AWAY = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.97,54.91],[-2.95,54.91],[-2.95,54.92],[-2.97,54.92],[-2.97,54.91]]]}";
    private static Server server;
    private static AuthClient om;
    private static AuthClient analyst;
    private static AuthClient police;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("geo.cypher");
        TestUsers.create(new TestUsers.Spec("edit-om", "cumbria-probation", List.of("cumbria"), List.of("OFFENDER_MANAGER"),
                "OFFICIAL_SENSITIVE", "OF1"));
        TestUsers.create(new TestUsers.Spec("edit-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("edit-police", "cumbria-police", List.of("cumbria"), List.of("POLICE_PRACTITIONER"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("edit-dtc", "cumbria-childrens-services", List.of("cumbria"), List.of("DTC_MEMBER"),
                "OFFICIAL_SENSITIVE", "OF-DTC"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        om = TestUsers.signIn(server.port(), "edit-om");
        analyst = TestUsers.signIn(server.port(), "edit-analyst");
        police = TestUsers.signIn(server.port(), "edit-police");
        dtc = TestUsers.signIn(server.port(), "edit-dtc");
        new ConflictEngine(TestGraph.graph(), Clock.systemUTC(), ConflictSettings.defaults()).scanArea("cumbria", n -> { }, n -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Map<String, Object> shape(Object geometry, Long radiusM, Long version) {
        Map<String, Object> b = new HashMap<>();
        b.put("geometry", geometry);
        b.put("radiusM", radiusM);
        b.put("version", version);
        return b;
    }

    static AuthClient.Response put(AuthClient client, String zone, Map<String, Object> body) {
        return client.send("PUT", "/api/zones/" + zone + "/shape", body, Map.of("X-CSRF-Token", client.csrfToken()));
    }

    static String z1() {
        return TestGraph.graph().read(tx -> tx.run("MATCH (z:ExclusionZone {id: 'Z1'}) RETURN z.geometry + ' v' + coalesce(z.version, 0) AS g")
                .single().get("g").asString());
    }

    static String zoneConflict() {
        List<String> s = TestGraph.graph().read(tx -> tx.run("""
                MATCH (c:Conflict {rule: 'EXCLUSION_ZONE'})-[:CONCERNS]->(:Person {id: 'N1'}) RETURN c.status AS s""")
                .list(r -> r.get("s").asString()));
        return s.isEmpty() ? "NONE" : String.join(",", s);
    }

    @Test
    @Order(1)
    void the_map_gives_each_zone_its_version_and_a_circle_its_centre() {
        JsonNode zone = om.get("/api/nominals/N1/map").json().get("zones").get(0);
        assertThat(zone.get("id").asText()).isEqualTo("Z1");
        assertThat(zone.get("version").asLong()).isZero();
        assertThat(zone.get("centre").isNull()).isTrue();
        assertThat(zoneConflict()).isEqualTo("OPEN");
    }

    @Test
    @Order(2)
    void bad_shapes_and_missing_versions_are_a_400_and_change_nothing() {
        String before = z1();
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.94,54.89],[-2.93,54.90],[-2.93,54.89],[-2.94,54.90],[-2.94,54.89]]]}";
        AuthClient.Response r = put(om, "Z1", shape(bowtie, null, 0L));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("self-intersection");
        assertThat(put(om, "Z1", shape("{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}", 500L, 0L)).body()).contains("outside the UK");
        assertThat(put(om, "Z1", shape("{\"type\":\"Point\",\"coordinates\":[-2.93,54.89]}", 1L, 0L)).status()).isEqualTo(400);
        assertThat(put(om, "Z1", shape(AWAY, null, null)).body()).contains("version is required");
        assertThat(put(om, "Z1", shape(null, null, 0L)).body()).contains("geometry is missing");
        assertThat(om.send("PUT", "/api/zones/Z1/shape", "not json", Map.of("X-CSRF-Token", om.csrfToken())).status()).isEqualTo(400);
        assertThat(z1()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void those_without_the_right_are_refused_and_nothing_changes() {
        String before = z1();
        assertThat(put(analyst, "Z1", shape(AWAY, null, 0L)).status()).isEqualTo(403); // not a role that draws zones
        assertThat(put(dtc, "Z1", shape(AWAY, null, 0L)).status()).isEqualTo(403);
        AuthClient.Response hidden = police.send("PUT", "/api/zones/Z1/shape", shape(AWAY, null, 0L),
                Map.of("X-CSRF-Token", police.csrfToken(), "X-Vigil-Purpose", "zone edit test"));
        assertThat(hidden.status()).isEqualTo(404); // no need to know N1's victims: the zone is as unknown
        AuthClient.Response unknown = put(om, "NO-SUCH-ZONE", shape(AWAY, null, 0L));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.json().get("error").asText()).isEqualTo(
                unknown.json().get("error").asText().replace("NO-SUCH-ZONE", "Z1"));
        assertThat(z1()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void a_new_shape_is_stored_audited_and_the_zones_conflicts_recomputed() {
        long audits = TestGraph.count("""
                MATCH (a:AuditRecord {event: 'CHANGE', user: 'edit-om'})-[:TOUCHED]->(:AuditObject {key: 'EXCLUSION_ZONE:Z1'})
                WHERE a.detail CONTAINS 'ZONE_RESHAPE' RETURN count(a)""", Map.of());
        AuthClient.Response moved = put(om, "Z1", shape(Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(-2.97, 54.91), List.of(-2.95, 54.91), List.of(-2.95, 54.92), List.of(-2.97, 54.92), List.of(-2.97, 54.91)))),
                null, 0L));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("version").asLong()).isEqualTo(1);
        assertThat(moved.json().get("conflictsResolved").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(z1()).contains("-2.97", "54.92").endsWith(" v1");
        assertThat(zoneConflict()).isEqualTo("RESOLVED"); // his home is no longer inside it
        assertThat(TestGraph.count("""
                MATCH (a:AuditRecord {event: 'CHANGE', user: 'edit-om'})-[:TOUCHED]->(:AuditObject {key: 'EXCLUSION_ZONE:Z1'})
                WHERE a.detail CONTAINS 'ZONE_RESHAPE' RETURN count(a)""", Map.of())).isEqualTo(audits + 1);

        // back over his home as a 400 m circle: the conflict opens again
        AuthClient.Response circle = put(om, "Z1", shape(Map.of("type", "Point", "coordinates", List.of(-2.933, 54.893)), 400L, 1L));
        assertThat(circle.status()).as(circle.body()).isEqualTo(200);
        assertThat(circle.json().get("kind").asText()).isEqualTo("CIRCLE");
        assertThat(zoneConflict()).isEqualTo("OPEN");
        JsonNode zone = om.get("/api/nominals/N1/map").json().get("zones").get(0);
        assertThat(zone.get("version").asLong()).isEqualTo(2);
        assertThat(zone.get("radiusM").asLong()).isEqualTo(400);
        assertThat(zone.get("centre").get("lat").asDouble()).isEqualTo(54.893);
        assertThat(zone.get("geometry").get("type").asText()).isEqualTo("Polygon"); // drawn as a polygon
    }

    @Test
    @Order(5)
    void an_edit_of_a_zone_someone_else_changed_meanwhile_is_a_409() {
        String before = z1();
        AuthClient.Response stale = put(om, "Z1", shape(AWAY, null, 0L));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).contains("Someone else changed zone Z1", "reload");
        assertThat(z1()).isEqualTo(before);
        // the full replace moves the version on too, so an edit begun before it is refused
        long version = om.get("/api/nominals/N1/map").json().get("zones").get(0).get("version").asLong();
        Map<String, Object> replace = new HashMap<>();
        replace.put("condition", "CN1");
        replace.put("protectedPerson", "V1");
        replace.put("geometry", AWAY);
        replace.put("from", "2024-01-01");
        replace.put("version", version);
        AuthClient.Response replaced = om.send("PUT", "/api/zones/Z1", replace, Map.of("X-CSRF-Token", om.csrfToken()));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(put(om, "Z1", shape(AWAY, null, version)).status()).isEqualTo(409);
        assertThat(put(om, "Z1", shape(AWAY, null, version + 1)).status()).isEqualTo(200);
    }

    static Map<String, Object> details(String condition, String protectedPerson, String name, String from, String to, Long version) {
        Map<String, Object> b = new HashMap<>();
        b.put("condition", condition);
        b.put("protectedPerson", protectedPerson);
        b.put("name", name);
        b.put("geometry", Map.of("type", "Point", "coordinates", List.of(-2.933, 54.893))); // over his home
        b.put("radiusM", 400L);
        b.put("from", from);
        b.put("to", to);
        b.put("version", version);
        return b;
    }

    static AuthClient.Response replace(AuthClient client, String zone, Map<String, Object> body) {
        return client.send("PUT", "/api/zones/" + zone, body, Map.of("X-CSRF-Token", client.csrfToken()));
    }

    static String z1Details() {
        return TestGraph.graph().read(tx -> tx.run("""
                MATCH (c:Condition)-[:HAS_ZONE]->(z:ExclusionZone {id: 'Z1'})-[:PROTECTS]->(p:Person)
                RETURN c.id + '|' + p.id + '|' + coalesce(z.name, '') + '|' + toString(z.from) + '|' + coalesce(toString(z.to), '')
                       + '|v' + z.version + '|' + z.marking AS d""").single().get("d").asString());
    }

    static long audits(String action) {
        return TestGraph.count("""
                MATCH (a:AuditRecord {event: 'CHANGE', user: 'edit-om'})-[:TOUCHED]->(:AuditObject {key: 'EXCLUSION_ZONE:Z1'})
                WHERE a.detail CONTAINS $action RETURN count(a)""", Map.of("action", action));
    }

    @Test
    @Order(6)
    void replacing_a_zones_details_needs_the_version_and_the_right_and_a_bad_one_changes_nothing() {
        // back over his home as a circle, at a known version, with a marking the replace must keep
        long version = om.get("/api/nominals/N1/map").json().get("zones").get(0).get("version").asLong();
        assertThat(replace(om, "Z1", details("CN1", "V1", "Carlisle north", "2024-01-01", null, version)).status()).isEqualTo(200);
        TestGraph.graph().write(tx -> tx.run("MATCH (z:ExclusionZone {id: 'Z1'}) SET z.marking = 'OFFICIAL'").consume());
        TestGraph.graph().write(tx -> tx.run("""
                MATCH (:Condition {id: 'CN1'})<-[:HAS_CONDITION]-(o:Order)
                MERGE (o)-[:HAS_CONDITION]->(c:Condition {id: 'CN1B', type: 'EXCLUSION_ZONE', wording: 'Not to enter the park'})
                SET c.from = date('2024-01-01')""").consume());
        String before = z1Details();
        long v = version + 1;
        assertThat(zoneConflict()).isEqualTo("OPEN");

        assertThat(replace(om, "Z1", details("CN1", "V1", "x", "2024-01-01", null, null)).body()).contains("version is required");
        assertThat(replace(om, "Z1", details("CN1", "V1", "x", "2024-05-01", "2024-04-01", v)).body()).contains("to must not be before from");
        assertThat(replace(om, "Z1", details("CN1", "V1", "x", "2024-13-01", null, v)).body()).contains("from is not a date");
        assertThat(replace(om, "Z1", details("CN1", "NOBODY", "x", "2024-01-01", null, v)).body()).contains("matches no person");
        assertThat(replace(om, "Z1", details("CN2", "V1", "x", "2024-01-01", null, v)).body()).contains("is not an EXCLUSION_ZONE condition");
        AuthClient.Response elsewhere = replace(om, "Z1", details("CN7", "V1", "x", "2024-01-01", null, v)); // N7's condition
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("a zone moves only between the conditions of its nominal");
        AuthClient.Response stale = replace(om, "Z1", details("CN1", "V1", "x", "2024-01-01", null, v - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).contains("Someone else changed zone Z1", "reload");
        assertThat(replace(analyst, "Z1", details("CN1", "V1", "x", "2024-01-01", null, v)).status()).isEqualTo(403);
        assertThat(replace(dtc, "Z1", details("CN1", "V1", "x", "2024-01-01", null, v)).status()).isEqualTo(403);
        AuthClient.Response hidden = police.send("PUT", "/api/zones/Z1", details("CN1", "V1", "x", "2024-01-01", null, v),
                Map.of("X-CSRF-Token", police.csrfToken(), "X-Vigil-Purpose", "zone edit test"));
        assertThat(hidden.status()).isEqualTo(404); // no need to know N1's victims
        assertThat(replace(om, "NO-SUCH-ZONE", details("CN1", "V1", "x", "2024-01-01", null, v)).status()).isEqualTo(404);
        assertThat(z1Details()).isEqualTo(before);
        assertThat(zoneConflict()).isEqualTo("OPEN");
    }

    @Test
    @Order(7)
    void new_details_are_stored_audited_and_the_zones_conflicts_recomputed() {
        long v = om.get("/api/nominals/N1/map").json().get("zones").get(0).get("version").asLong();
        long replaced = audits("ZONE_REPLACE");
        // expired last year: his home is no longer inside a zone in force
        AuthClient.Response expired = replace(om, "Z1", details("CN1B", "V1", "Carlisle park", "2024-01-01", "2025-01-31", v));
        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(expired.json().get("version").asLong()).isEqualTo(v + 1);
        assertThat(expired.json().get("name").asText()).isEqualTo("Carlisle park");
        assertThat(z1Details()).isEqualTo("CN1B|V1|Carlisle park|2024-01-01|2025-01-31|v" + (v + 1) + "|OFFICIAL");
        assertThat(zoneConflict()).isEqualTo("RESOLVED");
        assertThat(audits("ZONE_REPLACE")).isEqualTo(replaced + 1);
        JsonNode zone = om.get("/api/nominals/N1/map").json().get("zones").get(0);
        assertThat(zone.get("condition").asText()).isEqualTo("CN1B");
        assertThat(zone.get("protectedPerson").get("id").asText()).isEqualTo("V1");
        assertThat(zone.get("protectedPerson").get("surname").asText()).isEqualTo("Quill");

        // in force again, no end date: the conflict reopens
        AuthClient.Response again = replace(om, "Z1", details("CN1", "V1", "Carlisle north", "2024-02-01", null, v + 1));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(z1Details()).isEqualTo("CN1|V1|Carlisle north|2024-02-01||v" + (v + 2) + "|OFFICIAL");
        assertThat(zoneConflict()).isEqualTo("OPEN");
        assertThat(audits("ZONE_REPLACE")).isEqualTo(replaced + 2);
    }
}
