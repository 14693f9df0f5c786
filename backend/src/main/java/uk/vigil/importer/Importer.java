package uk.vigil.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import uk.vigil.database.Graph;

/**
 * Loads a folder of import files (docs/import.md) into the graph, in dependency order, and
 * returns what happened. The CLI ({@link ImportCommand}), the admin API and the tests all call
 * {@code new Importer(graph, options).run(folder, progress)}.
 */
public final class Importer {
    private final Graph graph;
    private final ImportOptions options;
    private final BatchHook hook;
    private final LongSupplier nanoTime;

    public Importer(Graph graph, ImportOptions options) {
        this(graph, options, BatchHook.NONE, System::nanoTime);
    }

    Importer(Graph graph, ImportOptions options, BatchHook hook, LongSupplier nanoTime) {
        this.graph = graph;
        this.options = options;
        this.hook = hook;
        this.nanoTime = nanoTime;
    }

    /**
     * Runs the load; {@code progress} receives a line at most once a second.
     *
     * @throws ImportException when the folder cannot be read or holds no import file, or the
     *                         database fails; batches committed before that stay, and re-running
     *                         completes the load
     */
    public ImportReport run(Path dir, Consumer<String> progress) {
        long start = nanoTime.getAsLong();
        List<FileSpec> present = filesIn(dir);
        GraphKeys keys = new GraphKeys(graph);
        try (Session session = graph.session()) {
            List<String> notes = keys.ensureRelationshipKeys(relationshipTypes(present));
            return load(dir, present, options, keys, new BatchWriter(session, hook), notes, progress, nanoTime, start);
        } catch (Neo4jException e) {
            throw new ImportException("The load stopped: the database failed: " + e.getMessage(), e);
        }
    }

    /** The import files present in {@code dir}, in load order; throws when there is none. */
    static List<FileSpec> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ImportException("Not a folder: " + dir);
        }
        List<FileSpec> present = ImportSpec.FILES.stream().filter(f -> Files.isRegularFile(dir.resolve(f.file()))).toList();
        if (present.isEmpty()) {
            List<String> unknown = unknownFiles(dir);
            throw new ImportException("No files of the import format in " + dir
                    + (unknown.isEmpty() ? "" : " (" + String.join("; ", unknown) + ")"));
        }
        return present;
    }

    /**
     * Validates every row of {@code present}, reports the bad ones and hands the good ones to
     * {@code sink} a batch at a time. References that this load does not hold are looked up in
     * {@code keys}. The same for a load into the graph and for an initial load's staging.
     */
    static ImportReport load(Path dir, List<FileSpec> present, ImportOptions options, KeyLookup keys, RowSink sink,
                             List<String> setupNotes, Consumer<String> progress, LongSupplier nanoTime, long start) {
        List<String> notes = new ArrayList<>(unknownFiles(dir));
        notes.addAll(setupNotes);
        Map<FileSpec, Long> estimates = new HashMap<>();
        present.forEach(f -> estimates.put(f, estimateRows(dir.resolve(f.file()))));
        List<FileReport> reports = new ArrayList<>();
        Path rejectsDir = options.rejectsDir() == null ? dir : options.rejectsDir();
        try (RejectsFile rejects = new RejectsFile(rejectsDir)) {
            Progress meter = new Progress(progress, nanoTime, present.size(),
                    estimates.values().stream().mapToLong(Long::longValue).sum());
            References references = new References(keys, declaredAgencies(dir.resolve("agencies.csv")));
            for (FileSpec spec : present) {
                meter.startFile(spec.file(), estimates.get(spec));
                FileReport report = load(spec, dir, options, references, sink, rejects, meter);
                meter.endFile(report.rowsRead());
                reports.add(report);
            }
            rejects.close();
            return new ImportReport(reports, Duration.ofNanos(nanoTime.getAsLong() - start), rejects.path(),
                    rejects.count(), rejects.first(), notes);
        } catch (Neo4jException e) {
            throw new ImportException("The load stopped: the database failed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ImportException("The load stopped: " + e.getMessage(), e);
        }
    }

    private static FileReport load(FileSpec spec, Path dir, ImportOptions options, References references, RowSink sink,
                                   RejectsFile rejects, Progress meter) {
        try {
            return new FileImport(spec, dir.resolve(spec.file()), options.batchSize(), references, sink, rejects, meter).run();
        } catch (Neo4jException e) {
            throw new ImportException("The load stopped in %s: the database failed: %s".formatted(spec.file(), e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new ImportException("The load stopped in %s: %s".formatted(spec.file(), e.getMessage()), e);
        }
    }

    static Set<String> relationshipTypes(List<FileSpec> files) {
        Set<String> types = new LinkedHashSet<>();
        files.stream().filter(f -> !f.isNode()).forEach(f -> types.addAll(f.relationship().types()));
        return types;
    }

    /** CSV files in the folder that are not part of the format: reported, not loaded, not rejects. */
    private static List<String> unknownFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") && !n.equals(RejectsFile.NAME) && ImportSpec.byFile(n).isEmpty())
                    .sorted()
                    .map(n -> n + " is not a file of the import format and was not loaded")
                    .toList();
        } catch (IOException e) {
            throw new ImportException("Cannot list " + dir, e);
        }
    }

    /** Lines minus the header: exact unless fields hold line breaks. For the ETA only. */
    private static long estimateRows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int n;
            int last = '\n';
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
            return Math.max(0, lines + (last == '\n' ? 0 : 1) - 1);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file, e);
        }
    }

    /** Agency ids and areas from agencies.csv, read ahead for the owning_agency of areas.csv and agencies.csv. */
    private static Map<String, String> declaredAgencies(Path file) {
        Map<String, String> agencies = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return agencies;
        }
        try (CsvFile csv = CsvFile.open(file)) {
            int id = csv.header().indexOf("id");
            int area = csv.header().indexOf("area");
            for (CsvFile.Line line = csv.next(); line != null && id >= 0; line = csv.next()) {
                List<String> f = line.fields();
                if (id < f.size() && !f.get(id).isEmpty()) {
                    agencies.put(f.get(id), area >= 0 && area < f.size() && !f.get(area).isEmpty() ? f.get(area) : null);
                }
            }
        } catch (IOException | RuntimeException e) {
            // agencies.csv will report its own problems when it is loaded
        }
        return agencies;
    }
}
