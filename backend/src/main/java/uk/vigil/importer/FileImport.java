package uk.vigil.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads one file: reads it a chunk of batch-size rows at a time, validates each row (own checks,
 * repeated ids, references), reports the bad rows and writes the good ones as one batch.
 */
final class FileImport {
    private final FileSpec spec;
    private final Path path;
    private final int batchSize;
    private final References references;
    private final RowSink writer;
    private final RejectsFile rejects;
    private final Progress progress;

    private final Map<String, Long> firstSeen = new HashMap<>();
    private long read;
    private long written;
    private long rejected;
    private WriteCounts counts = WriteCounts.NONE;

    FileImport(FileSpec spec, Path path, int batchSize, References references, RowSink writer,
               RejectsFile rejects, Progress progress) {
        this.spec = spec;
        this.path = path;
        this.batchSize = batchSize;
        this.references = references;
        this.writer = writer;
        this.rejects = rejects;
        this.progress = progress;
    }

    FileReport run() {
        long start = System.nanoTime();
        try (CsvFile csv = CsvFile.open(path)) {
            List<Problem> headerProblems = RowValidator.headerProblems(spec, csv.header());
            if (headerProblems.isEmpty()) {
                load(csv);
            } else {
                headerProblems.forEach(p -> rejects.add(new Reject(spec.file(), 1, "", p.field(), p.reason())));
                skipAll(csv);
            }
        } catch (CsvFile.Unreadable e) {
            rejects.add(new Reject(spec.file(), e.line(), "", "", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return new FileReport(spec.file(), read, written, rejected, counts, Duration.ofNanos(System.nanoTime() - start));
    }

    private void load(CsvFile csv) {
        RowValidator validator = new RowValidator(spec, csv.header());
        int batch = 0;
        boolean more = true;
        while (more) {
            List<RowValidator.Checked> chunk = new ArrayList<>(batchSize);
            more = readChunk(csv, validator, chunk);
            references.check(spec, chunk);
            List<Row> good = new ArrayList<>(chunk.size());
            for (RowValidator.Checked row : chunk) {
                if (row.ok()) {
                    good.add(row.row());
                    references.accept(spec, row.row());
                } else {
                    row.problems().forEach(p -> rejects.add(new Reject(spec.file(), row.line(), row.id(), p.field(), p.reason())));
                    references.reject(spec, row.id(), row.line());
                    rejected++;
                }
            }
            if (!good.isEmpty()) {
                counts = counts.plus(writer.write(spec, ++batch, good, references::areaOfAgency));
                written += good.size();
            }
            progress.rows(read);
        }
    }

    /** Fills the chunk; false at the end of the file, or when the rest of it cannot be read. */
    private boolean readChunk(CsvFile csv, RowValidator validator, List<RowValidator.Checked> chunk) {
        while (chunk.size() < batchSize) {
            CsvFile.Line line = next(csv);
            if (line == null) {
                return false;
            }
            read++;
            RowValidator.Checked row = validator.check(line);
            if (!row.id().isEmpty()) {
                Long first = firstSeen.putIfAbsent(row.id(), row.line());
                if (first != null) {
                    row.problems().add(new Problem("id", "id '%s' is repeated: it first appears at line %d"
                            .formatted(row.id(), first)));
                }
            }
            chunk.add(row);
        }
        return true;
    }

    /** A file rejected whole still counts its rows, and its ids count as rejected for the files that reference them. */
    private void skipAll(CsvFile csv) {
        int idColumn = csv.header().indexOf("id");
        for (CsvFile.Line line = next(csv); line != null; line = next(csv)) {
            read++;
            rejected++;
            if (idColumn >= 0 && idColumn < line.fields().size()) {
                references.reject(spec, line.fields().get(idColumn), line.number());
            }
        }
    }

    /** The next record; a read failure (bad UTF-8, unclosed quote) becomes a reject and ends the file. */
    private CsvFile.Line next(CsvFile csv) {
        try {
            return csv.next();
        } catch (CsvFile.Unreadable e) {
            rejects.add(new Reject(spec.file(), e.line(), "", "", e.getMessage()));
            return null;
        }
    }
}
