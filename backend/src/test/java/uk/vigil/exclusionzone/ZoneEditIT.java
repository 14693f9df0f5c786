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
 * {@code PUT /api/zones/{id}/shape} over fixtures/geo.cypher: zone Z1 ("Carlisle north", over N1's
 * home AD1 at 54.8925, -2.9329) moved away and back as a circle, with its conflict resolved and
 * reopened; invalid shapes, stale versions and viewers without the right refused; every change audited.
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
        AuthClient.Response replaced = om.send("PUT", "/api/zones/Z1", replace, Map.of("X-CSRF-Token", om.csrfToken()));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(put(om, "Z1", shape(AWAY, null, version)).status()).isEqualTo(409);
        assertThat(put(om, "Z1", shape(AWAY, null, version + 1)).status()).isEqualTo(200);
    }
}
