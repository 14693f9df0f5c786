package uk.vigil.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.vigil.Server;
import uk.vigil.config.VigilConfig;
import java.util.List;
import uk.vigil.auth.AuthClient;
import uk.vigil.testing.TestUsers;
import uk.vigil.testing.TestGraph;

/** NEO4J_URI switches Vigil to a Neo4j server; here the server is the Harness, reached over Bolt. */
class ExternalDatabaseIT {

    @Test
    void serves_from_a_neo4j_server_named_by_NEO4J_URI() throws Exception {
        TestGraph.clear();
        TestGraph.graph().write(tx -> tx.run("CREATE (:Area {id: 'lancashire', name: 'Lancashire'})").consume());
        VigilConfig config = VigilConfig.from(Map.of(
                "NEO4J_URI", TestGraph.neo4j().boltURI().toString(),
                "NEO4J_PASSWORD", "unused-by-harness",
                "VIGIL_PORT", "0"));
        assertThat(config.embedded()).isFalse();

        TestUsers.create(new TestUsers.Spec("ext1", "none", List.of("lancashire"), List.of("ANALYST"), "OFFICIAL", null));
        try (Server server = Server.start(config)) {
            AuthClient.Response r = TestUsers.signIn(server.port(), "ext1").get("/api/areas");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().findValuesAsText("name")).containsExactly("Lancashire");
        }
    }

    @Test
    void a_server_without_a_password_is_a_clear_configuration_error() {
        VigilConfig config = VigilConfig.from(Map.of("NEO4J_URI", "bolt://127.0.0.1:1"));
        assertThatThrownBy(() -> Database.open(config)).hasMessageContaining("NEO4J_PASSWORD is required");
    }

    @Test
    void an_unreachable_server_is_reported_with_its_address() {
        VigilConfig config = VigilConfig.from(Map.of("NEO4J_URI", "bolt://127.0.0.1:1", "NEO4J_PASSWORD", "x"));
        assertThatThrownBy(() -> Database.open(config)).hasMessageContaining("Cannot reach Neo4j at bolt://127.0.0.1:1");
    }
}
