package uk.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.testing.Http;

/** `vigil serve` as a real process: prints its URL, serves, and on SIGTERM shuts down keeping every commit. */
class ServeProcessIT {

    @TempDir
    Path dataDir;

    @Test
    void serves_then_stops_cleanly_on_sigterm_and_keeps_committed_writes() throws Exception {
        int httpPort = freePort();
        int boltPort = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider",
                "-cp", System.getProperty("java.class.path"), "uk.vigil.App", "serve")
                .redirectErrorStream(true);
        pb.environment().putAll(Map.of("VIGIL_DATA_DIR", dataDir.toString(), "VIGIL_PORT", String.valueOf(httpPort),
                "VIGIL_BOLT_PORT", String.valueOf(boltPort), "VIGIL_PAGECACHE", "64m"));
        Process process = pb.start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.contains("Vigil is running: http://127.0.0.1:" + httpPort + "/")) {
                        started.complete(null);
                    }
                }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        reader.start();
        try {
            started.get(120, TimeUnit.SECONDS);
            assertThat(new Http(httpPort).get("/api/session").status()).isEqualTo(401); // up, and behind sign-in

            // Another client (as Neo4j Browser would) writes over Bolt with the stored password.
            String password = Files.readString(dataDir.resolve("bolt-password")).trim();
            try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password))) {
                driver.executableQuery("CREATE (:Area {id: 'written-before-sigterm', name: 'Kept'})").execute();
            }
        } finally {
            process.toHandle().destroy(); // SIGTERM (Process.destroy() would also close our end of its output)
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            reader.join(Duration.ofSeconds(5).toMillis());
        }
        synchronized (output) {
            assertThat(output.toString()).contains("Stopping Vigil...", "Vigil stopped; the database was shut down cleanly.");
        }
        assertThat(Files.readString(dataDir.resolve("neo4j/logs/debug.log")))
                .contains("Checkpoint triggered by \"Database shutdown\"");

        VigilConfig config = VigilConfig.from(Map.of("VIGIL_DATA_DIR", dataDir.toString(),
                "VIGIL_BOLT_PORT", String.valueOf(freePort()), "VIGIL_PAGECACHE", "64m"));
        try (Database db = Database.open(config)) {
            String name = db.graph().read(tx -> tx.run("MATCH (a:Area {id: 'written-before-sigterm'}) RETURN a.name")
                    .single().get(0).asString());
            assertThat(name).isEqualTo("Kept");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
