package uk.vigil.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a load: per file and in total, rows read, written and rejected, graph changes,
 * elapsed time and speed. {@code rejectLines} counts lines of {@code rejectsFile} (one per failed
 * check); {@code firstRejects} holds up to the first thousand of them. {@code notes} are warnings
 * that are not rejects (an unknown file in the folder, an index the importer created).
 */
public record ImportReport(List<FileReport> files, Duration elapsed, Path rejectsFile, long rejectLines,
                           List<Reject> firstRejects, List<String> notes) {

    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rowsRead).sum();
    }

    public long rowsWritten() {
        return files.stream().mapToLong(FileReport::rowsWritten).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileReport::rowsRejected).sum();
    }

    public WriteCounts counts() {
        return files.stream().map(FileReport::counts).reduce(WriteCounts.NONE, WriteCounts::plus);
    }

    public double rowsPerSecond() {
        return FileReport.perSecond(rowsRead(), elapsed);
    }

    public boolean hasRejects() {
        return rejectLines > 0;
    }

    /** The report as a fixed-width table, one line per file and a total. */
    public String table() {
        String format = "%-28s %10s %10s %9s %9s %9s %9s %9s %10s%n";
        StringBuilder out = new StringBuilder();
        out.append(format.formatted("file", "read", "written", "rejected", "nodes+", "rels+", "rels-", "seconds", "rows/s"));
        for (FileReport f : files) {
            out.append(line(format, f.file(), f.rowsRead(), f.rowsWritten(), f.rowsRejected(), f.counts(), f.elapsed()));
        }
        out.append(line(format, "total", rowsRead(), rowsWritten(), rowsRejected(), counts(), elapsed));
        out.append(rejectLines == 0 ? "No rejects." : "%,d reject lines in %s".formatted(rejectLines, rejectsFile));
        out.append(System.lineSeparator());
        notes.forEach(n -> out.append("Note: ").append(n).append(System.lineSeparator()));
        return out.toString();
    }

    private static String line(String format, String name, long read, long written, long rejected, WriteCounts c,
                               Duration elapsed) {
        return format.formatted(name, "%,d".formatted(read), "%,d".formatted(written), "%,d".formatted(rejected),
                "%,d".formatted(c.nodesCreated()), "%,d".formatted(c.relationshipsCreated()),
                "%,d".formatted(c.relationshipsDeleted()), "%.2f".formatted(elapsed.toNanos() / 1e9),
                "%,.0f".formatted(FileReport.perSecond(read, elapsed)));
    }
}
