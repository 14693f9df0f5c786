package uk.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.Server;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * Need to know, enforced inside the queries: area, invitation, restriction lists, clearance and
 * victim redaction, for lists, counts and profiles alike; and every attempt is audited.
 */
class AccessScopeIT {
    private static final Map<String, String> PURPOSE = Map.of("X-Vigil-Purpose", "scope test");
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient dtc;
    private static AuthClient vlo;
    private static AuthClient allowed;
    private static AuthClient denied;
    private static AuthClient secret;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("access.cypher");
        user("scope-analyst", "cumbria-police", List.of("cumbria"), "ANALYST", "OFFICIAL_SENSITIVE", null);
        user("scope-dtc", "cumbria-childrens-services", List.of("cumbria"), "DTC_MEMBER", "OFFICIAL_SENSITIVE", "OF-DTC");
        user("scope-vlo", "cumbria-probation", List.of("cumbria"), "VICTIM_LIAISON_OFFICER", "OFFICIAL_SENSITIVE", null);
        user("scope-allowed", "lancs-police", List.of("lancashire"), "ANALYST", "OFFICIAL_SENSITIVE", null);
        user("scope-denied", "cumbria-police", List.of("cumbria"), "ANALYST", "OFFICIAL_SENSITIVE", null);
        user("scope-secret", "cumbria-police", List.of("cumbria"), "ANALYST", "SECRET", null);
        TestGraph.graph().write(tx -> tx.run("""
                MATCH (a:User {username: 'scope-allowed'}), (p3:Person {id: 'P3'}) CREATE (a)-[:ALLOWED_ACCESS]->(p3)
                WITH 1 AS one
                MATCH (d:User {username: 'scope-denied'}), (p6:Person {id: 'P6'}) CREATE (d)-[:DENIED_ACCESS]->(p6)""").consume());
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "scope-analyst");
        dtc = TestUsers.signIn(server.port(), "scope-dtc");
        vlo = TestUsers.signIn(server.port(), "scope-vlo");
        allowed = TestUsers.signIn(server.port(), "scope-allowed");
        denied = TestUsers.signIn(server.port(), "scope-denied");
        secret = TestUsers.signIn(server.port(), "scope-secret");
    }

    private static void user(String name, String agency, List<String> areas, String role, String clearance, String officer) {
        TestUsers.create(new TestUsers.Spec(name, agency, areas, List.of(role), clearance, officer));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void lists_and_counts_hold_only_what_the_viewer_may_see() {
        assertThat(ids(analyst, "cumbria")).containsExactlyInAnyOrder("P1", "P2", "P6"); // not restricted P3, not SECRET P4
        assertThat(total(analyst, "cumbria")).isEqualTo(3);
        assertThat(ids(secret, "cumbria")).containsExactlyInAnyOrder("P1", "P2", "P4", "P6");
        assertThat(ids(denied, "cumbria")).containsExactlyInAnyOrder("P1", "P2");
        assertThat(ids(allowed, "cumbria")).containsExactly("P3"); // another area's user on the allow list
        assertThat(ids(analyst, "lancashire")).isEmpty();
        assertThat(total(analyst, "lancashire")).isZero();
    }

    @Test
    void a_duty_to_cooperate_member_sees_only_the_case_they_are_invited_for() {
        assertThat(ids(dtc, "cumbria")).containsExactly("P1"); // the expired invitation to P2's old case counts for nothing
        assertThat(total(dtc, "cumbria")).isEqualTo(1);
        assertThat(dtc.send("GET", "/api/nominals/P2", null, PURPOSE).status()).isEqualTo(404);
    }

    @Test
    void a_duty_to_cooperate_member_gets_only_the_fields_their_agency_needs() {
        JsonNode p = dtc.get("/api/nominals/P1").json(); // invited: in their caseload, no purpose needed
        assertThat(p.get("identity").get("surname").asText()).isEqualTo("Alpha");
        assertThat(p.get("identity").has("pncId")).isFalse();
        assertThat(p.get("convictions")).isEmpty();
        assertThat(p.get("intelligence")).isEmpty();
        assertThat(p.get("addresses")).hasSize(1); // children's services need to know where he lives
        JsonNode protectedPerson = p.get("orders").get(0).get("conditions").get(0).get("protectedPeople").get(0);
        assertThat(protectedPerson.get("redacted").asBoolean()).isTrue();
    }

    @Test
    void restricted_secret_and_deny_listed_records_are_answered_as_not_found() {
        assertThat(analyst.send("GET", "/api/nominals/P3", null, PURPOSE).status()).isEqualTo(404);
        assertThat(allowed.send("GET", "/api/nominals/P3", null, PURPOSE).status()).isEqualTo(200);
        assertThat(analyst.send("GET", "/api/nominals/P4", null, PURPOSE).status()).isEqualTo(404);
        assertThat(secret.send("GET", "/api/nominals/P4", null, PURPOSE).status()).isEqualTo(200);
        assertThat(denied.send("GET", "/api/nominals/P6", null, PURPOSE).status()).isEqualTo(404);
        assertThat(analyst.send("GET", "/api/nominals/P6", null, PURPOSE).status()).isEqualTo(200);
        assertThat(analyst.send("GET", "/api/nominals/P5", null, PURPOSE).status()).isEqualTo(404);
    }

    @Test
    void victims_are_named_only_for_those_with_a_need() {
        JsonNode forAnalyst = analyst.send("GET", "/api/nominals/P1", null, PURPOSE).json();
        JsonNode forVlo = vlo.send("GET", "/api/nominals/P1", null, PURPOSE).json();
        JsonNode analystCondition = forAnalyst.get("orders").get(0).get("conditions").get(0);
        JsonNode vloCondition = forVlo.get("orders").get(0).get("conditions").get(0);
        assertThat(analystCondition.get("protectedPeople").get(0).get("redacted").asBoolean()).isTrue();
        assertThat(analystCondition.toString()).doesNotContain("Vera", "V1");
        assertThat(vloCondition.get("protectedPeople").get(0).get("surname").asText()).isEqualTo("Victim");
        assertThat(vloCondition.get("wording").asText()).contains("Vera Victim");
    }

    @Test
    void probing_with_wildcards_field_names_and_other_areas_reveals_nothing() {
        for (String probe : List.of("*", "%", ".*", "'", "\\", "V1", "Vera", "Restricted", "Secret", "Bravo",
                "x' OR 1=1 //", "surname:*", "*:*")) {
            JsonNode page = dtc.get("/api/nominals?area=cumbria&name=" + URLEncoder.encode(probe, StandardCharsets.UTF_8)).json();
            assertThat(page.get("total").asLong()).as(probe).isLessThanOrEqualTo(1);
            page.get("items").forEach(i -> assertThat(i.get("id").asText()).isEqualTo("P1"));
        }
        assertThat(dtc.get("/api/nominals?area=cumbria&sort=victim.surname").status()).isEqualTo(400);
        assertThat(dtc.get("/api/nominals?area=lancashire").json().get("total").asLong()).isZero();
        assertThat(dtc.send("GET", "/api/nominals/V1", null, PURPOSE).status()).isEqualTo(404);
    }

    @Test
    void every_attempt_is_audited_with_all_its_fields() {
        user("scope-audit", "cumbria-childrens-services", List.of("cumbria"), "DTC_MEMBER", "OFFICIAL_SENSITIVE", "OF-DTC");
        AuthClient probe = TestUsers.signIn(server.port(), "scope-audit");
        probe.get("/api/nominals?area=cumbria");                  // LIST
        probe.send("GET", "/api/nominals/P2", null, PURPOSE);      // PERMISSION_DENIED (outside scope)
        probe.get("/api/nominals/P1");                             // VIEW_PERSON
        probe.get("/api/meetings?area=cumbria");                   // PERMISSION_DENIED at the door
        probe.send("DELETE", "/api/session", null, Map.of("X-CSRF-Token", probe.csrfToken())); // LOGOUT
        List<Map<String, Object>> records = TestGraph.graph().read(tx -> tx.run("""
                MATCH (r:AuditRecord {user: 'scope-audit'}) RETURN properties(r) AS p ORDER BY r.seq""")
                .list(r -> r.get("p").asMap()));
        List<String> events = new ArrayList<>();
        records.forEach(r -> events.add(r.get("event") + ":" + r.get("outcome")));
        assertThat(events).containsExactly("LOGIN_SUCCESS:OK", "LIST:OK", "PERMISSION_DENIED:DENIED",
                "VIEW_PERSON:OK", "PERMISSION_DENIED:DENIED", "LOGOUT:OK");
        for (Map<String, Object> r : records) {
            assertThat(r).containsKeys("seq", "at", "user", "event", "outcome", "hash", "prevHash");
        }
        assertThat(records.get(1)).containsKeys("agency", "session", "ip");
    }

    private static List<String> ids(AuthClient client, String area) {
        List<String> ids = new ArrayList<>();
        client.get("/api/nominals?area=" + area).json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static long total(AuthClient client, String area) {
        return client.get("/api/nominals?area=" + area).json().get("total").asLong();
    }
}
