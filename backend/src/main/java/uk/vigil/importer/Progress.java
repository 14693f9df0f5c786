package uk.vigil.importer;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress lines for a load: rows per second and time left for the current file and for the whole
 * load, at most one line a second (the totals are estimates from counting lines up front).
 */
final class Progress {
    private static final long SECOND = 1_000_000_000L;

    private final Consumer<String> sink;
    private final LongSupplier nanoTime;
    private final long totalEstimate;
    private final long start;
    private long lastLine;
    private long doneBefore;
    private String file;
    private long fileEstimate;
    private long fileStart;

    Progress(Consumer<String> sink, LongSupplier nanoTime, int files, long totalEstimate) {
        this.sink = sink;
        this.nanoTime = nanoTime;
        this.totalEstimate = totalEstimate;
        this.start = nanoTime.getAsLong();
        this.lastLine = start;
        sink.accept("Importing %d files, about %,d rows".formatted(files, totalEstimate));
    }

    void startFile(String name, long estimate) {
        file = name;
        fileEstimate = estimate;
        fileStart = nanoTime.getAsLong();
    }

    /** Rows of the current file read so far; prints a line if a second has passed since the last. */
    void rows(long doneInFile) {
        long now = nanoTime.getAsLong();
        if (now - lastLine < SECOND) {
            return;
        }
        lastLine = now;
        long done = doneBefore + doneInFile;
        sink.accept("%s: %s | all files: %s".formatted(file,
                summary(doneInFile, Math.max(fileEstimate, doneInFile), now - fileStart),
                summary(done, Math.max(totalEstimate, done), now - start)));
    }

    void endFile(long rowsInFile) {
        doneBefore += rowsInFile;
    }

    private static String summary(long done, long total, long nanos) {
        double perSecond = nanos <= 0 ? 0 : done * (double) SECOND / nanos;
        String eta = perSecond <= 0 ? "unknown" : duration(Duration.ofSeconds(Math.round((total - done) / perSecond)));
        return "%,d of %,d rows (%d%%), %,d rows/s, ETA %s".formatted(done, total,
                total == 0 ? 100 : done * 100 / total, Math.round(perSecond), eta);
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return "%dh %02dm".formatted(s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return "%dm %02ds".formatted(s / 60, s % 60);
        }
        return s + "s";
    }
}
