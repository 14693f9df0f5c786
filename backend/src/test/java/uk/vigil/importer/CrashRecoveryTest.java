package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.database.Graph;
import uk.vigil.testing.TestGraph;

/**
 * A load killed in the middle of a batch (its JVM halted with the batch's transaction open)
 * leaves exactly the batches committed before it, and re-running the load completes it to the
 * same graph a clean load gives.
 */
class CrashRecoveryTest {
    @TempDir
    Path out;

    private final Graph graph = TestGraph.graph();

    @Test
    void a_load_killed_mid_batch_keeps_whole_batches_and_a_rerun_completes_it() throws Exception {
        TestGraph.clear();
        List<String> childOutput = runChildThatHalts("conditions.csv", 2); // batch 2 of 3: CD-003, CD-004

        List<String> committed = new ArrayList<>();
        List<String> halted = new ArrayList<>();
        for (String line : childOutput) {
            String[] words = line.split(" ");
            if (words[0].equals("COMMITTED")) {
                committed.addAll(List.of(words).subList(2, words.length));
            } else if (words[0].equals("HALTING")) {
                halted.addAll(List.of(words).subList(2, words.length));
            }
        }
        assertThat(halted).containsExactly("CD-003", "CD-004");
        assertThat(committed).contains("cumbria", "N-001", "OF-004", "CD-001", "CD-002").doesNotContain("CD-003", "EZ-001");
        for (String id : committed) {
            assertThat(TestGraph.count("OPTIONAL MATCH (n {id: $id}) OPTIONAL MATCH ()-[r {id: $id}]->() "
                    + "RETURN count(n) + count(r)", Map.of("id", id))).as(id).isPositive();
        }
        assertThat(TestGraph.count("MATCH (c:Condition) RETURN count(c)", Map.of())).isEqualTo(2); // not CD-003 or CD-004
        assertThat(TestGraph.count("MATCH ()-[r:HAS_CONDITION]->() RETURN count(r)", Map.of())).isEqualTo(2);
        assertThat(TestGraph.count("MATCH (z:ExclusionZone) RETURN count(z)", Map.of())).isZero();

        ImportReport rerun = new Importer(graph, new ImportOptions(2, out)).run(Samples.small(), line -> { });
        assertThat(rerun.rowsRejected()).isZero();
        List<String> completed = GraphSnapshot.of(graph);

        TestGraph.clear();
        new Importer(graph, ImportOptions.defaults().withRejectsDir(out)).run(Samples.small(), line -> { });
        assertThat(completed).isEqualTo(GraphSnapshot.of(graph)); // the batch size changes nothing either
    }

    private List<String> runChildThatHalts(String file, int batch) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classpath, ImportChild.class.getName(),
                TestGraph.neo4j().boltURI().toString(), Samples.small().toString(), out.toString(), "2", file,
                String.valueOf(batch))
                .redirectErrorStream(true)
                .start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(text).isEqualTo(ImportChild.HALTED);
        return text.lines().filter(l -> l.startsWith("COMMITTED") || l.startsWith("HALTING")).toList();
    }
}
