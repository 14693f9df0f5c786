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
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.Http;
import uk.vigil.testing.TestGraph;

class NominalApiIT {
    private static Server server;
    private static Http http;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("nominals.cypher");
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void lists_only_the_nominals_of_the_area_sorted_by_surname() {
        JsonNode page = http.get("/api/nominals?area=cumbria").body();
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
        assertThat(surnames(http.get("/api/nominals?area=cumbria&sort=surname&dir=desc").body()))
                .containsExactly("Young", "Smith");
        assertThat(surnames(http.get("/api/nominals?area=cumbria&category=2").body())).containsExactly("Young");
        assertThat(surnames(http.get("/api/nominals?area=cumbria&level=2").body())).containsExactly("Smith");
        assertThat(surnames(http.get("/api/nominals?area=cumbria&rosh=low").body())).containsExactly("Young");
        assertThat(surnames(http.get("/api/nominals?area=cumbria&name=SMI").body())).containsExactly("Smith");
        assertThat(surnames(http.get("/api/nominals?area=cumbria&sort=rosh&dir=desc").body()))
                .containsExactly("Smith", "Young");
    }

    @Test
    void pages_through_results() {
        JsonNode first = http.get("/api/nominals?area=cumbria&size=1&page=0").body();
        JsonNode second = http.get("/api/nominals?area=cumbria&size=1&page=1").body();
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
    void profile_shows_every_section() {
        JsonNode p = http.get("/api/nominals/N1").body();
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
        assertThat(condition.get("protectedPeople").get(0).get("victim").asBoolean()).isTrue();
        assertThat(p.get("risk").get(0).get("level").asText()).isEqualTo("HIGH");
        assertThat(p.get("mappaCase").get("level").asInt()).isEqualTo(2);
        assertThat(p.get("mappaCase").get("leadAgency").asText()).isEqualTo("Cumbria Constabulary");
        assertThat(p.get("mappaCase").get("levelHistory")).hasSize(2);
        assertThat(p.get("linkedPeople").get(0).get("kind").asText()).isEqualTo("PARTNER");
        assertThat(p.get("intelligence").get(0).get("childPresent").asBoolean()).isTrue();
        assertThat(p.get("custody")).isEmpty();
    }

    @Test
    void unknown_id_is_404_with_a_message_and_correlation_id() {
        Http.Response r = http.get("/api/nominals/NOPE");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("error").asText()).contains("No nominal with id NOPE");
        assertThat(r.body().get("correlationId").asText()).isNotBlank();
        assertThat(r.raw().headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void unknown_api_path_is_404_json() {
        Http.Response r = http.get("/api/no-such-thing");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("error").asText()).contains("No such API endpoint");
    }

    @Test
    void lists_areas() {
        JsonNode areas = http.get("/api/areas").body();
        assertThat(areas.findValuesAsText("id")).containsExactly("cumbria", "lancashire");
    }

    private static void assertBadRequest(String path, String reason) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.body().get("error").asText()).as(path).contains(reason);
    }

    private static List<String> surnames(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("surname").asText()));
        return out;
    }
}
