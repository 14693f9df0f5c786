package uk.vigil.importer;

import java.nio.file.Path;
import java.util.List;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import uk.vigil.database.Graph;

/**
 * A load run in its own JVM by {@link CrashRecoveryTest}, against a database given by Bolt URI,
 * that kills its JVM (Runtime.halt: no shutdown hooks, no clean-up, like kill -9) in the middle
 * of one batch's transaction. It prints each committed batch's ids first, so the test knows what
 * must have survived.
 *
 * <p>Arguments: bolt-uri dataset-folder rejects-folder batch-size halt-file halt-batch.
 */
final class ImportChild {
    static final int HALTED = 137;

    private ImportChild() {
    }

    public static void main(String[] args) {
        String haltFile = args[4];
        int haltBatch = Integer.parseInt(args[5]);
        BatchHook killer = new BatchHook() {
            @Override
            public void afterStatement(String file, int batch, int statement, List<String> ids) {
                if (file.equals(haltFile) && batch == haltBatch) {
                    System.out.println("HALTING " + file + " " + String.join(" ", ids));
                    System.out.flush();
                    Runtime.getRuntime().halt(HALTED);
                }
            }

            @Override
            public void afterCommit(String file, int batch, List<String> ids) {
                System.out.println("COMMITTED " + file + " " + String.join(" ", ids));
                System.out.flush();
            }
        };
        Graph graph = new Graph(GraphDatabase.driver(args[0], AuthTokens.none()), "neo4j");
        ImportOptions options = new ImportOptions(Integer.parseInt(args[3]), Path.of(args[2]));
        new Importer(graph, options, killer, System::nanoTime).run(Path.of(args[1]), line -> { });
        graph.close();
        System.exit(0); // not reached when the halt batch exists
    }
}
