package uk.vigil.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import uk.vigil.database.Graph;
import uk.vigil.generator.GenerationReport;
import uk.vigil.generator.Generator;
import uk.vigil.generator.GeneratorOptions;
import uk.vigil.importer.ImportOptions;
import uk.vigil.importer.ImportReport;
import uk.vigil.importer.Importer;

/**
 * The demo area: generated with a fixed seed, imported through the ordinary importer (so the
 * demo exercises the same validation and write path as real loads), once per database.
 */
public final class DemoData {
    public static final int DEFAULT_NOMINALS = 3000;
    public static final List<String> DEFAULT_AREAS = List.of("Cumbria");
    public static final long DEFAULT_SEED = 42;

    public record Result(boolean loaded, GenerationReport generated, ImportReport imported) {
    }

    private DemoData() {
    }

    /** Loads the demo dataset unless the graph already holds nominals. */
    public static Result ensureLoaded(Graph graph, Path workDir, int nominals, List<String> areas, long seed,
                                      Consumer<String> progress) {
        long existing = graph.read(tx -> tx.run("MATCH (n:Nominal) RETURN count(n) AS c").single().get("c").asLong());
        if (existing > 0) {
            progress.accept("Database already holds " + existing + " nominals: keeping them.");
            return new Result(false, null, null);
        }
        try {
            Path dir = workDir.resolve("demo-dataset");
            Files.createDirectories(dir);
            progress.accept("Generating the demo area: " + nominals + " nominals in " + String.join(", ", areas)
                    + " (seed " + seed + ") into " + dir);
            GenerationReport generated = new Generator(
                    new GeneratorOptions(nominals, areas, seed, dir, GeneratorOptions.DEFAULT_AS_OF), progress).run();
            progress.accept(generated.summary());
            progress.accept("Importing " + dir);
            ImportReport imported = new Importer(graph, ImportOptions.defaults().withRejectsDir(dir)).run(dir, progress);
            progress.accept(imported.table());
            if (imported.hasRejects()) {
                throw new IllegalStateException("The generated demo data had " + imported.rowsRejected()
                        + " rejected rows; see " + imported.rejectsFile());
            }
            return new Result(true, generated, imported);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
