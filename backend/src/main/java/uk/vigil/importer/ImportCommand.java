package uk.vigil.importer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.vigil.config.VigilConfig;
import uk.vigil.conflict.ConflictScan;
import uk.vigil.database.Database;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;

/** {@code vigil import --dir <folder>}: loads a folder of import files into Vigil's database. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load a folder of CSV files in Vigil's import format (docs/import.md) into the database",
                "that 'vigil serve' uses (NEO4J_URI, or the embedded database in VIGIL_DATA_DIR).",
                "Bad rows are not loaded: each failed check is a line of <rejects>/rejects.csv",
                "(file,line,id,field,reason). Good rows are written in batches, one transaction each;",
                "re-running a load changes nothing, and re-running an interrupted load completes it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:loaded, no rejects", "1:the load failed (unreadable folder, database error)",
                "2:bad command line", "3:loaded, but some rows or files were rejected (see rejects.csv)"})
public final class ImportCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int REJECTS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "<folder>", description = "Folder of import CSV files.")
    Path dir;

    @Option(names = "--rejects", paramLabel = "<folder>",
            description = "Folder for rejects.csv (default: the dataset folder).")
    Path rejects;

    @Option(names = "--batch-size", paramLabel = "<rows>", defaultValue = "" + ImportOptions.DEFAULT_BATCH_SIZE,
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--initial", description = {"First load into an empty embedded database: rows are checked as usual,",
            "then Neo4j's bulk importer writes the store (much faster; the database must not be running)."})
    boolean initial;

    @Option(names = "--skip-conflict-scan", description = {"Do not bring conflicts up to date after the load (run 'vigil conflicts-scan'",
            "later; until then conflict lists and packs show the conflicts as they were)."})
    boolean skipConflictScan;

    @Override
    public Integer call() {
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, got " + batchSize);
        }
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("Not a folder: " + dir);
            return FAILED;
        }
        VigilConfig config = VigilConfig.fromEnvironment();
        if (initial) {
            return initialLoad(config, System.out, System.err);
        }
        try (Database db = Database.open(config)) {
            Migrations.apply(db.graph());
            return run(db.graph(), System.out, System.err);
        }
    }

    private void scanConflicts(Graph graph, PrintStream out) {
        if (skipConflictScan) {
            out.println("Conflicts were not scanned (--skip-conflict-scan): run 'vigil conflicts-scan' to bring them up to date");
        } else {
            ConflictScan.allAreas(graph, out::println);
        }
    }

    /**
     * {@code --initial}: checks and stages the rows, has Neo4j's bulk importer write the store of
     * the (empty, stopped) embedded database, then starts it to build the schema and indexes,
     * draws the relationship-key indexes and scans for conflicts, as a normal load does.
     */
    int initialLoad(VigilConfig config, PrintStream out, PrintStream err) {
        if (!config.embedded()) {
            err.println("--initial writes the store of the embedded database; with NEO4J_URI set, load without --initial"
                    + " (or use neo4j-admin database import on the server)");
            return FAILED;
        }
        try {
            Optional<InitialLoad.Pending> pending = InitialLoad.pending(config);
            if (pending.isPresent()) {
                return resume(config, pending.get(), out, err);
            }
            if (InitialLoad.holdsData(config)) {
                err.println("The embedded database in " + config.dataDir() + " already holds data: --initial loads only"
                        + " into an empty database (without --initial, the load merges into the data)");
                return FAILED;
            }
            ImportOptions options = new ImportOptions(batchSize, rejects);
            ImportReport report = new InitialLoad(config.dataDir().resolve("neo4j"), options).run(dir, out::println);
            out.println();
            out.print(report.table());
            firstStart(config, out);
            return report.hasRejects() ? REJECTS : OK;
        } catch (ImportException | IllegalArgumentException e) {
            err.println("Import failed: " + e.getMessage());
            return FAILED;
        }
    }

    /** An earlier initial load wrote the store and was stopped before its first start finished. */
    private int resume(VigilConfig config, InitialLoad.Pending pending, PrintStream out, PrintStream err) {
        if (!pending.dataset().equals(dir.toAbsolutePath().normalize())) {
            err.println("The embedded database in " + config.dataDir() + " holds an initial load of " + pending.dataset()
                    + " whose indexes are not built yet: run 'vigil import --initial --dir " + pending.dataset()
                    + "' to finish it, or remove " + config.dataDir().resolve("neo4j") + " to start again");
            return FAILED;
        }
        out.println("The store of this initial load was written earlier; building the schema and indexes it still lacks");
        firstStart(config, out);
        return pending.rejectLines() > 0 ? REJECTS : OK;
    }

    /** Schema, indexes and relationship keys, then conflicts: what the first start of a bulk-written store does. */
    private void firstStart(VigilConfig config, PrintStream out) {
        try (Database db = Database.open(config)) {
            long start = System.nanoTime();
            Migrations.apply(db.graph());
            InitialLoad.afterStart(db.graph(), dir);
            InitialLoad.started(config);
            out.printf("Schema and indexes built in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
            scanConflicts(db.graph(), out);
        }
    }

    /** The load itself, on a graph the caller opened: prints progress and the report, returns the exit code. */
    int run(Graph graph, PrintStream out, PrintStream err) {
        try {
            ImportOptions options = new ImportOptions(batchSize, rejects);
            ImportReport report = new Importer(graph, options).run(dir, out::println);
            out.println();
            out.print(report.table());
            // What was loaded may move homes, zones, victims or places: conflicts are brought up to date.
            scanConflicts(graph, out);
            return report.hasRejects() ? REJECTS : OK;
        } catch (ImportException | IllegalArgumentException e) {
            err.println("Import failed: " + e.getMessage());
            return FAILED;
        }
    }
}
