package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Migrations;
import uk.vigil.generator.Generator;
import uk.vigil.generator.GeneratorOptions;
import uk.vigil.testing.TestGraph;

/**
 * The initial load (Neo4j's bulk importer behind our row checks) must build exactly the graph a
 * normal load builds, reject exactly the same rows, and refuse a database that holds data.
 */
class InitialLoadIT {
    @TempDir
    Path work;

    @BeforeEach
    void emptyGraph() {
        TestGraph.clear();
    }

    private VigilConfig config(Path dataDir) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return VigilConfig.from(Map.of("VIGIL_DATA_DIR", dataDir.toString(),
                    "VIGIL_BOLT_PORT", String.valueOf(socket.getLocalPort()), "VIGIL_PAGECACHE", "64m"));
        }
    }

    private record Loaded(ImportReport report, List<String> graph, List<String> rejects) {
    }

    private Loaded normalLoad(Path dataset) throws IOException {
        Path rejects = Files.createDirectories(work.resolve("rejects-normal"));
        ImportReport report = new Importer(TestGraph.graph(), ImportOptions.defaults().withRejectsDir(rejects))
                .run(dataset, line -> { });
        return new Loaded(report, GraphSnapshot.of(TestGraph.graph()), Files.readAllLines(rejects.resolve("rejects.csv")));
    }

    private Loaded initialLoad(Path dataset) throws IOException {
        Path rejects = Files.createDirectories(work.resolve("rejects-initial"));
        VigilConfig config = config(work.resolve("data"));
        List<String> progress = new ArrayList<>();
        ImportReport report = new InitialLoad(config.dataDir().resolve("neo4j"),
                ImportOptions.defaults().withRejectsDir(rejects)).run(dataset, progress::add);
        assertThat(progress).anyMatch(l -> l.startsWith("Staged ")).anyMatch(l -> l.contains("IMPORT DONE"));
        assertThat(report.notes()).anyMatch(n -> n.startsWith("initial load: Neo4j's bulk importer wrote the store"));
        assertThat(work.resolve("data/initial-load-staging")).doesNotExist();
        try (Database db = Database.open(config)) {
            Migrations.apply(db.graph());
            InitialLoad.afterStart(db.graph(), dataset);
            return new Loaded(report, GraphSnapshot.of(db.graph()), Files.readAllLines(rejects.resolve("rejects.csv")));
        }
    }

    private static void assertSameLoad(Loaded initial, Loaded normal) {
        assertThat(initial.rejects()).isEqualTo(normal.rejects());
        assertThat(initial.report().rowsWritten()).isEqualTo(normal.report().rowsWritten());
        assertThat(initial.report().rowsRejected()).isEqualTo(normal.report().rowsRejected());
        assertThat(initial.graph()).hasSameSizeAs(normal.graph());
        assertThat(initial.graph()).isEqualTo(normal.graph());
    }

    @Test
    void the_small_sample_becomes_the_same_graph_people_in_several_files_included() throws IOException {
        Loaded normal = normalLoad(Samples.small());
        Loaded initial = initialLoad(Samples.small());
        assertSameLoad(initial, normal);
        assertThat(initial.graph()).anyMatch(l -> l.startsWith("node [Associate, Person, Victim] ") && l.contains("id=A-001"));
    }

    @Test
    void a_generated_dataset_becomes_the_same_graph() throws IOException {
        Path dataset = work.resolve("generated");
        new Generator(GeneratorOptions.of(1000, dataset), line -> { }).run();
        Loaded normal = normalLoad(dataset);
        Loaded initial = initialLoad(dataset);
        assertSameLoad(initial, normal);
        assertThat(initial.graph().size()).isGreaterThan(10_000);
        assertThat(initial.graph()).anyMatch(l -> l.contains("-LIVES_AT->")).anyMatch(l -> l.contains("location="))
                .anyMatch(l -> l.startsWith("node [ExclusionZone]") && l.contains("geometry="));
    }

    @Test
    void bad_rows_are_rejected_as_by_a_normal_load_and_the_good_ones_loaded() throws IOException {
        Loaded normal = normalLoad(Samples.bad());
        Loaded initial = initialLoad(Samples.bad());
        assertThat(normal.report().rowsRejected()).isPositive();
        assertSameLoad(initial, normal);
    }

    @Test
    void refuses_a_database_that_holds_data_and_a_server() throws IOException {
        VigilConfig config = config(work.resolve("used"));
        try (Database db = Database.open(config)) {
            Migrations.apply(db.graph());
            db.graph().write(tx -> tx.run("CREATE (:Area {id: 'cumbria', name: 'Cumbria'})").consume());
        }
        ImportCommand command = new ImportCommand();
        command.dir = Samples.small();
        command.batchSize = ImportOptions.DEFAULT_BATCH_SIZE;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(command.initialLoad(config, new PrintStream(new ByteArrayOutputStream()), errors))
                .isEqualTo(ImportCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds data");
        try (Database db = Database.open(config)) {
            long areas = db.graph().read(tx -> tx.run("MATCH (a:Area) RETURN count(a)").single().get(0).asLong());
            assertThat(areas).isEqualTo(1);
        }

        err.reset();
        VigilConfig server = VigilConfig.from(Map.of("NEO4J_URI", "bolt://127.0.0.1:1", "NEO4J_PASSWORD", "x"));
        assertThat(command.initialLoad(server, new PrintStream(new ByteArrayOutputStream()), errors))
                .isEqualTo(ImportCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("embedded database");
    }

    @Test
    void a_store_written_but_not_yet_started_is_finished_by_running_the_load_again() throws IOException {
        VigilConfig config = config(work.resolve("stopped"));
        Path rejects = Files.createDirectories(work.resolve("rejects-stopped"));
        // The bulk importer wrote the store, then the process stopped before the first start finished.
        new InitialLoad(config.dataDir().resolve("neo4j"), ImportOptions.defaults().withRejectsDir(rejects))
                .run(Samples.bad(), line -> { });
        assertThat(InitialLoad.pending(config)).hasValueSatisfying(p -> assertThat(p.rejectLines()).isPositive());

        ImportCommand command = new ImportCommand();
        command.batchSize = ImportOptions.DEFAULT_BATCH_SIZE;
        command.skipConflictScan = true;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        command.dir = Samples.small();
        assertThat(command.initialLoad(config, new PrintStream(new ByteArrayOutputStream()), errors))
                .isEqualTo(ImportCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("whose indexes are not built yet").contains("bad");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.dir = Samples.bad();
        assertThat(command.initialLoad(config, new PrintStream(out, true, StandardCharsets.UTF_8), errors))
                .isEqualTo(ImportCommand.REJECTS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("written earlier").contains("Schema and indexes built");
        assertThat(InitialLoad.pending(config)).isEmpty();
        try (Database db = Database.open(config)) {
            assertThat(Migrations.apply(db.graph())).isZero();
            long people = db.graph().read(tx -> tx.run("MATCH (p:Person) RETURN count(p)").single().get(0).asLong());
            assertThat(people).isPositive();
        }
        assertThat(command.initialLoad(config, new PrintStream(new ByteArrayOutputStream()), errors))
                .isEqualTo(ImportCommand.FAILED); // started: from now on an ordinary database holding data
    }
}
