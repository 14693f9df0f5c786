package uk.vigil.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hand-written datasets under import/samples/, and small files written by tests. */
final class Samples {
    static final String PROVENANCE_HEADER = "source_system,entered_by,entered_at,owning_agency,marking";
    static final String PROVENANCE = "VIGIL_TEST,test,2024-04-01T09:00:00Z,cumbria-police,OFFICIAL";

    private Samples() {
    }

    static Path small() {
        return folder("small");
    }

    static Path bad() {
        return folder("bad");
    }

    private static Path folder(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("import/samples").resolve(name);
            if (Files.isDirectory(samples)) {
                return samples;
            }
        }
        throw new IllegalStateException("import/samples/" + name + " not found");
    }

    /** Writes {@code file} with the header and rows given, each followed by the test provenance columns. */
    static void write(Path dir, String file, String header, List<String> rows) {
        StringBuilder text = new StringBuilder(header).append(',').append(PROVENANCE_HEADER).append('\n');
        rows.forEach(r -> text.append(r).append(',').append(PROVENANCE).append('\n'));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the small sample in {@code dir}, for tests that edit it. */
    static Path copyOfSmall(Path dir) {
        try (var files = Files.list(small())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
