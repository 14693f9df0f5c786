package uk.vigil.importer;

import java.time.Duration;

/** One file of a load: data rows read, written (in committed batches) and rejected, and what changed. */
public record FileReport(String file, long rowsRead, long rowsWritten, long rowsRejected, WriteCounts counts,
                         Duration elapsed) {

    public double rowsPerSecond() {
        return perSecond(rowsRead, elapsed);
    }

    static double perSecond(long rows, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : rows / seconds;
    }
}
