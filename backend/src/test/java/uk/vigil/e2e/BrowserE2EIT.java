package uk.vigil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.Server;
import uk.vigil.config.VigilConfig;
import java.time.Clock;
import java.time.Duration;
import uk.vigil.auth.DemoAccounts;
import uk.vigil.auth.SessionPolicy;
import uk.vigil.demo.DemoData;
import uk.vigil.demo.DemoOfficers;
import uk.vigil.testing.TestGraph;

/**
 * What a person sees: the browser suite in frontend/e2e (Playwright-core driving Debian's
 * chromium, axe-core for WCAG 2.2 AA) against Vigil serving a generated demo area.
 */
class BrowserE2EIT {
    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

    @TempDir
    static Path work;
    private static Server server;
    private static Server shortIdle;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        DemoData.ensureLoaded(TestGraph.graph(), work, 1000, List.of("Cumbria"), 42, line -> { });
        DemoAccounts.ensure(TestGraph.graph(), Clock.systemDefaultZone(), line -> { });
        DemoOfficers.link(TestGraph.graph(), line -> { });
        VigilConfig config = VigilConfig.from(Map.of("VIGIL_DATA_DIR", work.toString())).withHttpPort(0);
        server = Server.start(TestGraph.graph(), config);
        // a second door onto the same graph whose sessions expire after 5 s idle, for the idle-timeout test
        shortIdle = Server.start(TestGraph.graph(), config, new SessionPolicy(Duration.ofSeconds(5), Duration.ofHours(12)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (shortIdle != null) {
            shortIdle.close();
        }
    }

    @Test
    void the_browser_suite_passes_against_the_demo_area() throws Exception {
        Path node = FRONTEND.resolve("node/node");
        assertThat(node).as("node installed by the frontend build").isExecutable();
        ProcessBuilder pb = new ProcessBuilder(node.toString(),
                FRONTEND.resolve("node_modules/vitest/vitest.mjs").toString(),
                "run", "--config", "e2e/vitest.e2e.config.ts")
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true);
        pb.environment().put("VIGIL_URL", "http://127.0.0.1:" + server.port());
        pb.environment().put("VIGIL_URL_SHORT_IDLE", "http://127.0.0.1:" + shortIdle.port());
        pb.environment().put("CI", "true");
        // the demo's planted truth, for the tests that search a planted case (suspects.e2e.ts)
        pb.environment().put("VIGIL_DEMO_MANIFEST", work.resolve("demo-dataset/manifest.json").toString());
        Process process = pb.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println("[e2e] " + line);
                output.append(line).append('\n');
            }
        }
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("browser suite exit code; output:\n" + output).isZero();
        assertThat(Files.list(FRONTEND.resolve("target/e2e-screenshots")).count()).isPositive();
    }
}
