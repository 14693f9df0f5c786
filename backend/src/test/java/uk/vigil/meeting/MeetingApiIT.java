package uk.vigil.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.Server;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.Http;
import uk.vigil.testing.TestGraph;

/** Meetings come through Spring Data Neo4j, on the same driver as everything else. */
class MeetingApiIT {
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
    void lists_upcoming_meetings_of_the_area_with_chair_and_agenda_size() {
        JsonNode meetings = http.get("/api/meetings?area=cumbria").body();
        assertThat(meetings).hasSize(1);
        JsonNode m = meetings.get(0);
        assertThat(m.get("id").asText()).isEqualTo("MT1");
        assertThat(m.get("chair").asText()).isEqualTo("Helen Ward");
        assertThat(m.get("cases").asInt()).isEqualTo(1);
        assertThat(m.get("date").asText()).startsWith("2099-01-10T10:00");
    }

    @Test
    void area_is_required() {
        assertThat(http.get("/api/meetings").status()).isEqualTo(400);
    }
}
