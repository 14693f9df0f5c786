package uk.vigil.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.vigil.Server;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Marking;
import uk.vigil.access.Viewer;
import uk.vigil.auth.AuthClient;
import uk.vigil.auth.Role;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * Administrators restrict a nominal and set who may and may not see him; the access rules then hold
 * for lists, search and the profile alike, and every change is audited. The tests run in order:
 * restrict, then lift.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessListApiIT {
    private static final String PATH = "/api/admin/people/R1/access";
    private static final Map<String, String> PURPOSE = Map.of("X-Vigil-Purpose", "test");
    private static Server server;
    private static AuthClient admin;
    private static AuthClient allowed;
    private static AuthClient denied;
    private static AuthClient unlisted;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("restriction.cypher");
        user("acl-admin", List.of(), Role.ADMINISTRATOR);
        user("acl-allowed", List.of("cumbria"), Role.ANALYST);
        user("acl-denied", List.of("cumbria"), Role.ANALYST);
        user("acl-unlisted", List.of("cumbria"), Role.ANALYST);
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        admin = TestUsers.signIn(server.port(), "acl-admin");
        allowed = TestUsers.signIn(server.port(), "acl-allowed");
        denied = TestUsers.signIn(server.port(), "acl-denied");
        unlisted = TestUsers.signIn(server.port(), "acl-unlisted");
    }

    private static void user(String name, List<String> areas, Role role) {
        TestUsers.create(new TestUsers.Spec(name, "cumbria-police", areas, List.of(role.name()), "OFFICIAL_SENSITIVE", null));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Map<String, Object> change(boolean restricted, List<String> allow, List<String> deny, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("restricted", restricted);
        body.put("allowed", allow);
        body.put("denied", deny);
        body.put("reason", reason);
        return body;
    }

    private static AuthClient.Response put(AuthClient client, Object body) {
        return client.send("PUT", PATH, body, Map.of("X-CSRF-Token", client.csrfToken()));
    }

    @Test
    @Order(1)
    void before_any_change_everyone_in_the_area_sees_him_and_the_lists_are_empty() {
        JsonNode lists = admin.get(PATH).json();
        assertThat(lists.get("id").asText()).isEqualTo("R1");
        assertThat(lists.get("restricted").asBoolean()).isFalse();
        assertThat(lists.get("allowed")).isEmpty();
        assertThat(lists.get("denied")).isEmpty();
        for (AuthClient analyst : List.of(allowed, denied, unlisted)) {
            assertThat(listed(analyst)).contains("R1", "R2");
        }
    }

    @Test
    @Order(2)
    void an_administrator_restricts_him_and_sees_the_lists_but_never_the_record() {
        AuthClient.Response r = put(admin, change(true, List.of("ACL-Allowed"), List.of("acl-denied"),
                "Witness protection referral"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("restricted").asBoolean()).isTrue();
        assertThat(body.get("allowed").toString()).isEqualTo("[\"acl-allowed\"]");
        assertThat(body.get("denied").toString()).isEqualTo("[\"acl-denied\"]");

        AuthClient.Response read = admin.get(PATH);
        assertThat(read.json()).isEqualTo(body);
        List<String> fields = new ArrayList<>();
        read.json().fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "restricted", "allowed", "denied");
        assertThat(read.body()).doesNotContain("Quentin", "Quarrington", "cumbria");
        assertThat(admin.send("GET", "/api/nominals/R1", null, PURPOSE).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void the_allowed_analyst_sees_him_in_lists_search_and_profile_and_no_one_else_does() {
        assertThat(listed(allowed)).contains("R1", "R2");
        assertThat(searched(allowed, "Quarrington")).contains("R1");
        assertThat(allowed.send("GET", "/api/nominals/R1", null, PURPOSE).status()).isEqualTo(200);

        for (AuthClient other : List.of(denied, unlisted)) {
            assertThat(listed(other)).containsExactly("R2");
            assertThat(total(other)).isEqualTo(1);
            assertThat(searched(other, "Quarrington")).doesNotContain("R1");
            assertThat(searched(other, "Quentin Quarrington")).doesNotContain("R1");
            AuthClient.Response profile = other.send("GET", "/api/nominals/R1", null, PURPOSE);
            assertThat(profile.status()).isEqualTo(404);
            assertThat(profile.body()).doesNotContain("Quarrington");
        }
    }

    @Test
    @Order(4)
    void lifting_the_restriction_restores_the_area_but_the_deny_list_still_holds() {
        AuthClient.Response r = put(admin, change(false, List.of(), List.of("acl-denied"), "Referral closed"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("allowed")).isEmpty();

        assertThat(listed(unlisted)).contains("R1", "R2");
        assertThat(searched(unlisted, "Quarrington")).contains("R1");
        assertThat(unlisted.send("GET", "/api/nominals/R1", null, PURPOSE).status()).isEqualTo(200);
        assertThat(listed(allowed)).contains("R1"); // off the allow list, but in the area again

        assertThat(listed(denied)).containsExactly("R2");
        assertThat(searched(denied, "Quarrington")).doesNotContain("R1");
        assertThat(denied.send("GET", "/api/nominals/R1", null, PURPOSE).status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void every_change_is_audited_with_what_changed_and_why() {
        List<Map<String, Object>> changes = TestGraph.graph().read(tx -> tx.run("""
                MATCH (r:AuditRecord {event: 'CHANGE', user: 'acl-admin', outcome: 'OK'})
                WHERE 'PERSON:R1' IN r.objects
                RETURN properties(r) AS p ORDER BY r.seq""").list(x -> x.get("p").asMap()));
        assertThat(changes).hasSize(2);
        Map<String, Object> restrict = changes.get(0);
        assertThat(restrict.get("purpose")).isEqualTo("Witness protection referral");
        assertThat(restrict.get("agency")).isEqualTo("cumbria-police");
        assertThat(restrict.get("objects").toString()).contains("PERSON:R1", "USER:acl-allowed", "USER:acl-denied");
        assertThat((String) restrict.get("detail")).contains("\"restricted\":\"false->true\"",
                "\"allowedAdded\":\"acl-allowed\"", "\"deniedAdded\":\"acl-denied\"");
        Map<String, Object> lift = changes.get(1);
        assertThat(lift.get("purpose")).isEqualTo("Referral closed");
        assertThat((String) lift.get("detail")).contains("\"restricted\":\"true->false\"",
                "\"allowedRemoved\":\"acl-allowed\"").doesNotContain("deniedAdded", "deniedRemoved");

        long reads = TestGraph.count("""
                MATCH (r:AuditRecord {event: 'ADMIN_ACTION', user: 'acl-admin'}) WHERE 'PERSON:R1' IN r.objects
                RETURN count(r)""", Map.of());
        assertThat(reads).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(6)
    void sign_in_records_carry_the_agency_of_the_user() {
        Object agency = TestGraph.graph().read(tx -> tx.run("""
                MATCH (r:AuditRecord {event: 'LOGIN_SUCCESS', user: 'acl-allowed'}) RETURN r.agency AS agency""")
                .single().get("agency").asObject());
        assertThat(agency).isEqualTo("cumbria-police");
    }

    @Test
    void non_administrators_are_refused_both_routes() {
        for (AuthClient analyst : List.of(allowed, denied, unlisted)) {
            assertThat(analyst.get(PATH).status()).isEqualTo(403);
            assertThat(put(analyst, change(false, List.of(), List.of(), "let me in")).status()).isEqualTo(403);
        }
        assertThat(new AuthClient(server.port()).get(PATH).status()).isEqualTo(401);
    }

    @Test
    void a_change_needs_the_csrf_token() {
        AuthClient.Response r = admin.send("PUT", PATH, change(false, List.of(), List.of(), "no token"), Map.of());
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void bad_bodies_are_400_and_change_nothing() {
        String before = admin.get(PATH).body();
        assertBad(change(true, List.of("acl-allowed"), List.of(), ""), "reason is required");
        assertBad(change(true, List.of("acl-allowed"), List.of(), "x".repeat(501)), "reason is required");
        assertBad(change(true, List.of("acl-allowed", "nobody-here", "ghost"), List.of(), "why"), "No user ghost, nobody-here");
        assertBad(change(true, List.of("acl-allowed"), List.of("ACL-allowed"), "why"), "both lists: acl-allowed");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add("user" + i);
        }
        assertBad(change(true, many, List.of(), "why"), "at most 200");
        assertBad(change(true, List.of("<script>"), List.of(), "why"), "must hold usernames");
        Map<String, Object> noList = change(true, List.of(), List.of(), "why");
        noList.remove("denied");
        assertBad(noList, "denied is required");
        Map<String, Object> noFlag = change(true, List.of(), List.of(), "why");
        noFlag.remove("restricted");
        assertBad(noFlag, "restricted is required");
        Map<String, Object> extra = change(true, List.of(), List.of(), "why");
        extra.put("name", "Quentin");
        assertThat(put(admin, extra).status()).isEqualTo(400);
        assertThat(put(admin, "not json").status()).isEqualTo(400);
        assertThat(admin.get(PATH).body()).isEqualTo(before);
    }

    @Test
    void an_unknown_person_is_404() {
        assertThat(admin.get("/api/admin/people/NOPE/access").status()).isEqualTo(404);
        AuthClient.Response r = admin.send("PUT", "/api/admin/people/NOPE/access", change(true, List.of(), List.of(), "why"),
                Map.of("X-CSRF-Token", admin.csrfToken()));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("No person with id NOPE");
    }

    @Test
    void when_the_change_cannot_be_audited_nothing_changes() {
        String before = admin.get(PATH).body();
        AuditSink failing = (viewer, event, objects, outcome, purpose, detail) -> {
            if (event.equals("CHANGE")) {
                throw new IllegalStateException("audit trail down");
            }
        };
        Viewer viewer = new Viewer("acl-admin", "cumbria-police", "POLICE", Set.of(), Set.of("ADMINISTRATOR"),
                Marking.OFFICIAL_SENSITIVE, null, "test", "127.0.0.1");
        AccessListService service = new AccessListService(TestGraph.graph(), failing, Clock.systemUTC());
        AccessListChange change = new AccessListChange(true, List.of("acl-unlisted"), List.of(), "should not stick");
        assertThatThrownBy(() -> service.replace(viewer, "R1", change)).hasMessage("audit trail down");
        assertThat(admin.get(PATH).body()).isEqualTo(before);
    }

    private static void assertBad(Object body, String message) {
        AuthClient.Response r = put(admin, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains(message);
    }

    private static List<String> listed(AuthClient client) {
        List<String> ids = new ArrayList<>();
        AuthClient.Response r = client.get("/api/nominals?area=cumbria");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static long total(AuthClient client) {
        return client.get("/api/nominals?area=cumbria").json().get("total").asLong();
    }

    private static List<String> searched(AuthClient client, String q) {
        AuthClient.Response r = client.get("/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
