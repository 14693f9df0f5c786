package uk.vigil.nominal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

class NominalApiIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient manager;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("nominals.cypher");
        TestUsers.create(new TestUsers.Spec("analyst1", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("om1", "cumbria-probation", List.of("cumbria"), List.of("OFFENDER_MANAGER"),
                "OFFICIAL_SENSITIVE", "OF2"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "analyst1");
        manager = TestUsers.signIn(server.port(), "om1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void lists_only_the_nominals_of_the_area_sorted_by_surname() {
        JsonNode page = analyst.get("/api/nominals?area=cumbria").json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(surnames(page)).containsExactly("Smith", "Young");
        JsonNode smith = page.get("items").get(0);
        assertThat(smith.get("rosh").asText()).isEqualTo("HIGH"); // the latest RoSH, not the first
        assertThat(smith.get("town").asText()).isEqualTo("Carlisle"); // the current home
        assertThat(smith.get("level").asInt()).isEqualTo(2);
        assertThat(smith.get("dob").asText()).isEqualTo("1980-05-17");
        assertThat(smith.get("age").asInt()).isGreaterThan(40);
    }

    @Test
    void sorts_descending_and_filters_by_category_level_rosh_and_name() {
        assertThat(surnames(analyst.get("/api/nominals?area=cumbria&sort=surname&dir=desc").json()))
                .containsExactly("Young", "Smith");
        assertThat(surnames(analyst.get("/api/nominals?area=cumbria&category=2").json())).containsExactly("Young");
        assertThat(surnames(analyst.get("/api/nominals?area=cumbria&level=2").json())).containsExactly("Smith");
        assertThat(surnames(analyst.get("/api/nominals?area=cumbria&rosh=low").json())).containsExactly("Young");
        assertThat(surnames(analyst.get("/api/nominals?area=cumbria&name=SMI").json())).containsExactly("Smith");
        assertThat(surnames(analyst.get("/api/nominals?area=cumbria&sort=rosh&dir=desc").json()))
                .containsExactly("Smith", "Young");
    }

    @Test
    void another_areas_nominals_are_not_listed_or_counted() {
        JsonNode page = analyst.get("/api/nominals?area=lancashire").json();
        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("items")).isEmpty();
    }

    @Test
    void pages_through_results() {
        JsonNode first = analyst.get("/api/nominals?area=cumbria&size=1&page=0").json();
        JsonNode second = analyst.get("/api/nominals?area=cumbria&size=1&page=1").json();
        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(surnames(first)).containsExactly("Smith");
        assertThat(surnames(second)).containsExactly("Young");
    }

    @Test
    void bad_parameters_get_400_with_a_reason() {
        assertBadRequest("/api/nominals", "area is required");
        assertBadRequest("/api/nominals?area=cumbria&category=7", "category must be 1, 2 or 3");
        assertBadRequest("/api/nominals?area=cumbria&level=x", "level must be a whole number");
        assertBadRequest("/api/nominals?area=cumbria&sort=n.password", "sort must be one of");
        assertBadRequest("/api/nominals?area=cumbria&dir=sideways", "dir must be asc or desc");
        assertBadRequest("/api/nominals?area=cumbria&size=100000", "size must be between 1 and 200");
        assertBadRequest("/api/nominals?area=cumbria&rosh=EXTREME", "rosh must be one of");
    }

    @Test
    void the_offender_manager_sees_every_section_with_victims_named() {
        JsonNode p = manager.get("/api/nominals/N1").json();
        assertThat(p.get("identity").get("surname").asText()).isEqualTo("Smith");
        assertThat(p.get("identity").get("pncId").asText()).isEqualTo("1999/0012345A");
        assertThat(p.get("aliases").get(0).get("surname").asText()).isEqualTo("Smyth");
        assertThat(p.get("addresses")).hasSize(2);
        assertThat(p.get("addresses").get(0).get("town").asText()).isEqualTo("Carlisle"); // current first
        assertThat(p.get("addresses").get(0).get("relation").asText()).isEqualTo("HOME");
        assertThat(p.get("vehicles").get(0).get("vrm").asText()).isEqualTo("KX66 ABC");
        assertThat(p.get("devices").get(0).get("phoneNumber").asText()).isEqualTo("07700 900123");
        JsonNode condition = p.get("orders").get(0).get("conditions").get(0);
        assertThat(condition.get("type").asText()).isEqualTo("EXCLUSION_ZONE");
        assertThat(condition.get("wording").asText()).contains("Jane Doe");
        assertThat(condition.get("protectedPeople").get(0).get("surname").asText()).isEqualTo("Doe");
        assertThat(p.get("risk").get(0).get("level").asText()).isEqualTo("HIGH");
        assertThat(p.get("mappaCase").get("level").asInt()).isEqualTo(2);
        assertThat(p.get("mappaCase").get("leadAgency").asText()).isEqualTo("Cumbria Constabulary");
        assertThat(p.get("mappaCase").get("levelHistory")).hasSize(2);
        assertThat(p.get("linkedPeople").findValuesAsText("kind")).contains("PARTNER", "PARENT_OF");
        assertThat(p.get("linkedPeople").findValuesAsText("forename")).contains("Tia");
        assertThat(p.get("intelligence").get(0).get("childPresent").asBoolean()).isTrue();
        assertThat(p.get("custody")).isEmpty();
    }

    @Test
    void outside_their_caseload_an_analyst_must_give_a_purpose_and_sees_victims_redacted() {
        AuthClient.Response noPurpose = analyst.get("/api/nominals/N1");
        assertThat(noPurpose.status()).isEqualTo(428);
        assertThat(noPurpose.json().get("error").asText()).contains("say why");

        JsonNode p = analyst.send("GET", "/api/nominals/N1", null, Map.of("X-Vigil-Purpose", "Op Larch, ref 12/3456")).json();
        JsonNode condition = p.get("orders").get(0).get("conditions").get(0);
        assertThat(condition.get("protectedPeople").get(0).get("redacted").asBoolean()).isTrue();
        assertThat(condition.get("protectedPeople").get(0).has("surname")).isFalse();
        assertThat(condition.get("wording").asText()).doesNotContain("Jane", "Doe").contains("[protected person]");
        JsonNode child = null;
        for (JsonNode person : p.get("linkedPeople")) {
            if (person.get("kind").asText().equals("PARENT_OF")) {
                child = person;
            }
        }
        assertThat(child.get("redacted").asBoolean()).isTrue();
        assertThat(child.get("forename").isNull()).isTrue();
    }

    @Test
    void a_record_above_the_viewers_clearance_is_left_out() {
        JsonNode p = analyst.send("GET", "/api/nominals/N2", null, Map.of("X-Vigil-Purpose", "test")).json();
        assertThat(p.get("risk").findValuesAsText("tool")).containsExactly("ROSH"); // the SECRET ARMS is not there
    }

    @Test
    void a_nominal_outside_scope_is_answered_as_not_found() {
        AuthClient.Response r = analyst.send("GET", "/api/nominals/N3", null, Map.of("X-Vigil-Purpose", "curious"));
        AuthClient.Response missing = analyst.send("GET", "/api/nominals/NOPE", null, Map.of("X-Vigil-Purpose", "curious"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isEqualTo("No nominal with id N3");
    }

    @Test
    void unknown_id_is_404_with_a_message_and_correlation_id() {
        AuthClient.Response r = analyst.send("GET", "/api/nominals/NOPE", null, Map.of("X-Vigil-Purpose", "x"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).contains("No nominal with id NOPE");
        assertThat(r.json().get("correlationId").asText()).isNotBlank();
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void unknown_api_path_is_404_json() {
        AuthClient.Response r = analyst.get("/api/no-such-thing");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).contains("No such API endpoint");
    }

    @Test
    void signed_out_requests_get_401() {
        assertThat(new AuthClient(server.port()).get("/api/nominals?area=cumbria").status()).isEqualTo(401);
    }

    @Test
    void lists_areas() {
        JsonNode areas = analyst.get("/api/areas").json();
        assertThat(areas.findValuesAsText("id")).containsExactly("cumbria", "lancashire");
    }

    private static void assertBadRequest(String path, String reason) {
        AuthClient.Response r = analyst.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.json().get("error").asText()).as(path).contains(reason);
    }

    private static List<String> surnames(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("surname").asText()));
        return out;
    }
}
