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
import java.util.List;
import uk.vigil.auth.AuthClient;
import uk.vigil.testing.TestUsers;
import uk.vigil.testing.TestGraph;

/** Meetings come through Spring Data Neo4j, on the same driver as everything else. */
class MeetingApiIT {
    private static Server server;
    private static AuthClient chair;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("nominals.cypher");
        TestUsers.create(new TestUsers.Spec("chair1", "cumbria-probation", List.of("cumbria"), List.of("MAPPA_CHAIR"),
                "OFFICIAL_SENSITIVE", "OF1"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        chair = TestUsers.signIn(server.port(), "chair1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void lists_upcoming_meetings_of_the_area_with_chair_and_agenda_size() {
        JsonNode meetings = chair.get("/api/meetings?area=cumbria").json();
        assertThat(meetings).hasSize(1);
        JsonNode m = meetings.get(0);
        assertThat(m.get("id").asText()).isEqualTo("MT1");
        assertThat(m.get("chair").asText()).isEqualTo("Helen Ward");
        assertThat(m.get("cases").asInt()).isEqualTo(1);
        assertThat(m.get("date").asText()).startsWith("2099-01-10T10:00");
    }

    @Test
    void area_is_required() {
        assertThat(chair.get("/api/meetings").status()).isEqualTo(400);
    }

    @Test
    void another_areas_meetings_are_refused() {
        assertThat(chair.get("/api/meetings?area=lancashire").status()).isEqualTo(403);
    }
}
