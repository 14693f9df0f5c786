package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.Server;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/** Administrators load a folder placed under the imports directory, and get the rejects back. */
class ImportApiIT {
    @TempDir
    static Path dataDir;
    private static Server server;
    private static AuthClient admin;
    private static AuthClient analyst;

    @BeforeAll
    static void start() throws IOException {
        TestGraph.clear();
        copy(Path.of("..", "import", "samples", "small"), dataDir.resolve("imports/small"));
        copy(Path.of("..", "import", "samples", "bad"), dataDir.resolve("imports/bad"));
        TestUsers.create(new TestUsers.Spec("import-admin", "cumbria-police", List.of("cumbria"), List.of("ADMINISTRATOR"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("import-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of("VIGIL_DATA_DIR", dataDir.toString())).withHttpPort(0));
        admin = TestUsers.signIn(server.port(), "import-admin");
        analyst = TestUsers.signIn(server.port(), "import-analyst");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void an_administrator_loads_a_folder_and_reloading_writes_nothing_new() {
        long auditedBefore = imports();
        JsonNode first = post(admin, "small");
        assertThat(first.get("rowsRejected").asLong()).isZero();
        assertThat(first.get("rowsWritten").asLong()).isEqualTo(first.get("rowsRead").asLong()).isPositive();
        long nominals = TestGraph.count("MATCH (n:Nominal) RETURN count(n)", Map.of());
        post(admin, "small");
        assertThat(TestGraph.count("MATCH (n:Nominal) RETURN count(n)", Map.of())).isEqualTo(nominals).isPositive();
        assertThat(imports() - auditedBefore).isEqualTo(4); // started and finished, twice
    }

    private static long imports() {
        return TestGraph.count("MATCH (r:AuditRecord {user: 'import-admin', event: 'IMPORT'}) RETURN count(r)", Map.of());
    }

    @Test
    void bad_rows_come_back_with_file_line_field_and_reason() {
        JsonNode report = post(admin, "bad");
        assertThat(report.get("rowsRejected").asLong()).isPositive();
        JsonNode reject = report.get("rejects").get(0);
        assertThat(reject.get("file").asText()).endsWith(".csv");
        assertThat(reject.get("line").asText()).isNotBlank();
        assertThat(reject.get("reason").asText()).isNotBlank();
    }

    @Test
    void only_a_plain_folder_under_the_imports_directory_can_be_loaded() {
        assertThat(send(admin, "../neo4j").status()).isEqualTo(400);
        assertThat(send(admin, "/etc").status()).isEqualTo(400);
        assertThat(send(admin, "nope").status()).isEqualTo(404);
        assertThat(send(analyst, "small").status()).isEqualTo(403);
    }

    private static JsonNode post(AuthClient client, String folder) {
        AuthClient.Response r = send(client, folder);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static AuthClient.Response send(AuthClient client, String folder) {
        return client.send("POST", "/api/admin/imports", Map.of("folder", folder), Map.of("X-CSRF-Token", client.csrfToken()));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
