package uk.vigil.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Graph;

/**
 * The first load of a large dataset into an empty embedded database (docs/import.md, "Initial
 * load"). Rows are checked exactly as by {@link Importer}, with the same reject report, but the
 * good rows are staged as CSV for Neo4j's own bulk importer, which writes the store directly:
 * tens of times faster than transactions, because it skips the transaction log and builds no
 * index while it writes. The indexes are built afterwards, when the database starts and the
 * migrations run. The database must be stopped, and the load replaces it whole.
 */
public final class InitialLoad {
    private static final KeyLookup EMPTY_GRAPH = (label, role, attribute, ids) -> Map.of();

    private final Path home;
    private final ImportOptions options;

    /** @param home the embedded Neo4j home ({@code VIGIL_DATA_DIR/neo4j}) */
    public InitialLoad(Path home, ImportOptions options) {
        this.home = home;
        this.options = options;
    }

    /**
     * Checks and stages every row, then writes the store. Returns the report of the checks; its
     * notes say how long the bulk importer took.
     *
     * @throws ImportException when the folder cannot be read or Neo4j's importer fails; after
     *                         such a failure the store may hold part of the load: remove
     *                         {@code VIGIL_DATA_DIR/neo4j} (it held nothing before) and run again
     */
    public ImportReport run(Path dir, Consumer<String> progress) {
        long start = System.nanoTime();
        List<FileSpec> present = Importer.filesIn(dir);
        Path staging = home.resolveSibling("initial-load-staging");
        if (staging.toString().contains(",")) {
            throw new ImportException("An initial load cannot stage under a path holding a comma: " + staging);
        }
        try {
            deleteTree(staging);
            Files.createDirectories(staging.resolve("conf"));
            ImportReport checked;
            long bulkStart;
            try (InitialLoadStage stage = new InitialLoadStage(staging, sharedPeople(dir, present))) {
                checked = Importer.load(dir, present, options, EMPTY_GRAPH, stage, List.of(), progress, System::nanoTime, start);
                stage.finish();
                progress.accept("Staged %,d nodes and %,d relationships; Neo4j's bulk importer writes the store"
                        .formatted(stage.nodes(), stage.relationships()));
                bulkStart = System.nanoTime();
                bulkImport(staging, stage, progress);
            }
            // From here the store is whole: an interrupted index build resumes instead of writing it again.
            writePending(new Pending(dir.toAbsolutePath().normalize(), checked.rejectLines()));
            List<String> notes = new ArrayList<>(checked.notes());
            notes.add("initial load: Neo4j's bulk importer wrote the store in %d s; indexes are built when the database starts"
                    .formatted(Duration.ofNanos(System.nanoTime() - bulkStart).toSeconds()));
            return new ImportReport(checked.files(), Duration.ofNanos(System.nanoTime() - start), checked.rejectsFile(),
                    checked.rejectLines(), checked.firstRejects(), notes);
        } catch (IOException e) {
            throw new ImportException("The initial load stopped: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ImportException("The initial load stopped: " + e.getMessage(), e);
        } finally {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                progress.accept("Could not remove the staging folder " + staging + ": " + e.getMessage());
            }
        }
    }

    private void bulkImport(Path staging, InitialLoadStage stage, Consumer<String> progress) {
        List<String> args = new ArrayList<>();
        stage.nodeArguments().forEach(a -> args.add("--nodes=" + a));
        stage.relationshipArguments().forEach(a -> args.add("--relationships=" + a));
        args.add("--array-delimiter=" + InitialLoadStage.ARRAY_DELIMITER);
        args.add("--multiline-fields=true"); // intelligence text and descriptions may hold line breaks
        args.add("--bad-tolerance=0"); // every row was checked: anything the importer rejects is our bug, not data
        args.add("--overwrite-destination=true");
        args.add("--report-file=" + staging.resolve("bulk-import.report"));
        args.add("neo4j");
        Lines out = new Lines(progress);
        Deque<String> errors = new ArrayDeque<>();
        Lines err = new Lines(line -> {
            errors.addLast(line);
            if (errors.size() > 20) {
                errors.removeFirst();
            }
        });
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, staging.resolve("conf"), o, e,
                    new org.neo4j.io.fs.DefaultFileSystemAbstraction()))).execute(args.toArray(String[]::new));
        }
        if (exit != 0) {
            throw new ImportException("Neo4j's bulk importer failed (exit %d): %s".formatted(exit, String.join(" | ", errors)));
        }
    }

    /**
     * A store the bulk importer finished whose first start (schema, indexes, relationship keys)
     * has not completed. At 1M nominals that start builds indexes for tens of minutes; if it is
     * interrupted, {@code vigil import --initial} on the same folder resumes it.
     */
    public record Pending(Path dataset, long rejectLines) {}

    private Path pendingFile() {
        return home.resolveSibling(PENDING_FILE);
    }

    static final String PENDING_FILE = "initial-load.pending";

    private void writePending(Pending pending) throws IOException {
        Files.writeString(pendingFile(), "dataset=" + pending.dataset() + "\nrejectLines=" + pending.rejectLines() + "\n",
                StandardCharsets.UTF_8);
    }

    /** The store this load wrote and did not yet start, if any. */
    public static Optional<Pending> pending(VigilConfig config) {
        Path file = config.dataDir().resolve(PENDING_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return Optional.of(new Pending(Path.of(values.getOrDefault("dataset", "")),
                    Long.parseLong(values.getOrDefault("rejectLines", "0"))));
        } catch (IOException | NumberFormatException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first start finished: the store is an ordinary database from now on. */
    public static void started(VigilConfig config) {
        try {
            Files.deleteIfExists(config.dataDir().resolve(PENDING_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the embedded database in {@code config} exists and holds anything but its migration records. */
    public static boolean holdsData(VigilConfig config) {
        if (!Files.isDirectory(config.dataDir().resolve("neo4j/data/databases/neo4j"))) {
            return false;
        }
        try (Database db = Database.open(config)) {
            return db.graph().read(tx -> tx.run("MATCH (n) WHERE NOT n:__Migration RETURN n LIMIT 1").hasNext());
        }
    }

    /** After the first start: the relationship-key indexes a normal load draws (later loads move rows by them). */
    public static void afterStart(Graph graph, Path dir) {
        new GraphKeys(graph).ensureRelationshipKeys(Importer.relationshipTypes(Importer.filesIn(dir)));
    }

    /** Ids that appear in more than one people file: one node each, with every file's role label. */
    static Set<String> sharedPeople(Path dir, List<FileSpec> present) {
        Map<String, String> firstFile = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (FileSpec spec : present) {
            if (spec.role() == null) {
                continue;
            }
            try (CsvFile csv = CsvFile.open(dir.resolve(spec.file()))) {
                int id = csv.header().indexOf("id");
                for (CsvFile.Line line = csv.next(); line != null && id >= 0; line = csv.next()) {
                    if (id < line.fields().size() && !line.fields().get(id).isEmpty()) {
                        String known = firstFile.putIfAbsent(line.fields().get(id), spec.name());
                        if (known != null && !known.equals(spec.name())) {
                            shared.add(line.fields().get(id));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the file's checks report what is wrong with it; its rows are then not staged
            }
        }
        return shared;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Hands what a stream prints to a consumer, a line at a time (Neo4j's importer prints its own progress). */
    private static final class Lines extends OutputStream {
        private final Consumer<String> sink;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                flushLine();
            } else if (b != '\r') {
                line.write(b);
            }
        }

        private void flushLine() {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (!text.isBlank()) {
                sink.accept(text);
            }
        }

        @Override
        public void close() {
            flushLine();
        }
    }
}
