package uk.vigil.importer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;

/**
 * Loads one dataset folder into fresh databases with Vigil's schema, with the importer, with the
 * initial load ({@link InitialLoad}: checks, Neo4j's bulk importer, then the start that builds the
 * schema and indexes, all timed) and with the naive LOAD CSV script ({@link NaiveLoadCsv}), and
 * prints rows/s of each and their ratios.
 * Both first warm up on import/samples/small (run it from the repository). Neo4j runs in this JVM,
 * and whichever path goes second gains from the first (JIT, heap, file cache), so give
 * {@code rounds} 2 or more and read the last round: each round runs the importer then LOAD CSV.
 * Not part of the default tests (it needs a folder and takes a while):
 *
 * <pre>
 * java -Xmx6g -cp "$TEST_CLASSPATH" uk.vigil.importer.ImportBenchmark /path/to/dataset [batch-size [rounds]]
 * mvn -f backend/pom.xml test -Dtest=ImportBenchmark -Dvigil.benchmark.dir=/path/to/dataset -Dvigil.benchmark.rounds=2
 * </pre>
 */
class ImportBenchmark {

    @Test
    @EnabledIfSystemProperty(named = "vigil.benchmark.dir", matches = ".+")
    void importer_against_naive_load_csv() throws IOException {
        main(new String[] {System.getProperty("vigil.benchmark.dir"),
                System.getProperty("vigil.benchmark.batchSize", String.valueOf(ImportOptions.DEFAULT_BATCH_SIZE)),
                System.getProperty("vigil.benchmark.rounds", "1")});
    }

    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args[0]).toAbsolutePath();
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : ImportOptions.DEFAULT_BATCH_SIZE;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path work = Files.createTempDirectory("vigil-benchmark");
        try {
            warmUp(work);
            for (int round = 1; round <= rounds; round++) {
                ImportReport report;
                try (Neo4j db = start(work.resolve("importer-" + round), dataset); Graph graph = connect(db)) {
                    Migrations.apply(graph);
                    report = new Importer(graph, ImportOptions.defaults().withBatchSize(batchSize)
                            .withRejectsDir(work)).run(dataset, System.out::println);
                    System.out.print(report.table());
                    System.out.println("importer graph: " + counts(graph));
                }
                long initialNanos = initialLoadRun(work.resolve("initial-" + round), dataset, batchSize);
                long loadCsvNanos = loadCsvRun(work.resolve("load-csv-" + round), dataset);
                double importer = report.rowsPerSecond();
                double loadCsv = report.rowsRead() / (loadCsvNanos / 1e9);
                System.out.printf("%nround %d of %d, rows: %,d%nimporter: %.1f s, %,.0f rows/s (batch size %d, %,d rejected)%n"
                                + "naive LOAD CSV: %.1f s, %,.0f rows/s%nratio importer / LOAD CSV: %.2f%n%n",
                        round, rounds, report.rowsRead(), report.elapsed().toNanos() / 1e9, importer, batchSize,
                        report.rowsRejected(), loadCsvNanos / 1e9, loadCsv, importer / loadCsv);
                System.out.printf("initial load (checks, bulk importer, start with schema and indexes): %.1f s, %,.0f rows/s%n"
                                + "ratio initial load / importer (rows/s): %.2f%n%n", initialNanos / 1e9,
                        report.rowsRead() / (initialNanos / 1e9), (report.rowsRead() / (initialNanos / 1e9)) / importer);
            }
        } finally {
            delete(work);
        }
    }

    /** The initial load into an empty embedded database, timed until its schema and indexes are online. */
    private static long initialLoadRun(Path home, Path dataset, int batchSize) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VigilConfig config = VigilConfig.from(Map.of("VIGIL_DATA_DIR", home.toString(),
                "VIGIL_BOLT_PORT", String.valueOf(port), "VIGIL_PAGECACHE", "1g"));
        Path rejects = Files.createDirectories(home.resolve("rejects"));
        long start = System.nanoTime();
        ImportReport report = new InitialLoad(config.dataDir().resolve("neo4j"),
                ImportOptions.defaults().withBatchSize(batchSize).withRejectsDir(rejects)).run(dataset, line -> { });
        System.out.println("initial load: " + String.join("; ", report.notes()));
        try (Database db = Database.open(config)) {
            Migrations.apply(db.graph());
            InitialLoad.afterStart(db.graph(), dataset);
            long nanos = System.nanoTime() - start;
            System.out.println("initial load graph: " + counts(db.graph()));
            return nanos;
        }
    }

    private static long loadCsvRun(Path home, Path dataset) throws IOException {
        try (Neo4j db = start(home, dataset); Graph graph = connect(db)) {
            Migrations.apply(graph);
            long start = System.nanoTime();
            String script = loadCsv(graph, dataset, true);
            long nanos = System.nanoTime() - start;
            Files.writeString(home.getParent().getParent().resolve("vigil-naive-load-csv.cypher"), script);
            System.out.println("LOAD CSV graph: " + counts(graph));
            return nanos;
        }
    }

    /** Both paths once on the small sample first, so neither pays alone for warming up the JVM (Neo4j runs in it too). */
    private static void warmUp(Path work) {
        Path sample;
        try {
            sample = Samples.small();
        } catch (IllegalStateException e) {
            System.out.println("No warm-up: import/samples/small is not above " + Path.of("").toAbsolutePath());
            return;
        }
        System.out.println("Warming up both paths on " + sample);
        try (Neo4j db = start(work.resolve("warm-up-1"), sample); Graph graph = connect(db)) {
            Migrations.apply(graph);
            new Importer(graph, ImportOptions.defaults().withRejectsDir(work)).run(sample, line -> { });
        }
        try (Neo4j db = start(work.resolve("warm-up-2"), sample); Graph graph = connect(db)) {
            Migrations.apply(graph);
            loadCsv(graph, sample, false);
        }
    }

    /** Runs the naive script; returns its text. */
    private static String loadCsv(Graph graph, Path dataset, boolean print) {
        StringBuilder script = new StringBuilder();
        try (Session session = graph.session()) {
            for (NaiveLoadCsv.Statement s : NaiveLoadCsv.script(dataset)) {
                long t = System.nanoTime();
                session.run(s.cypher()).consume();
                if (print) {
                    System.out.printf("LOAD CSV %-28s %8.2f s%n", s.file(), (System.nanoTime() - t) / 1e9);
                }
                script.append(s.cypher()).append(";\n\n");
            }
        }
        return script.toString();
    }

    private static Neo4j start(Path home, Path dataset) {
        return Neo4jBuilders.newInProcessBuilder(home)
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.gibiBytes(1))
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, dataset)
                .withConfig(GraphDatabaseSettings.allow_file_urls, true)
                .build();
    }

    private static Graph connect(Neo4j db) {
        return new Graph(GraphDatabase.driver(db.boltURI(), AuthTokens.none()), "neo4j");
    }

    private static Map<String, Object> counts(Graph graph) {
        return graph.read(tx -> tx.run("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships""").single().asMap());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
