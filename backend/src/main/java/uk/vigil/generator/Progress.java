package uk.vigil.generator;

import java.time.Duration;
import java.util.function.Consumer;

/** Progress lines (rows/s, % done, ETA) to a sink, at most once a second. */
final class Progress {
    private final Consumer<String> sink;
    private final int total;
    private final long started = System.nanoTime();
    private long lastPrinted = started;

    Progress(Consumer<String> sink, int total) {
        this.sink = sink;
        this.total = total;
    }

    void update(int nominalsDone, long rowsDone) {
        long now = System.nanoTime();
        if (now - lastPrinted < 1_000_000_000L && nominalsDone < total) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double fraction = (double) nominalsDone / total;
        long etaSeconds = fraction > 0 ? Math.round(seconds / fraction - seconds) : 0;
        sink.accept(String.format(java.util.Locale.ROOT, "%,d/%,d nominals (%.1f%%), %,d rows, %,.0f rows/s, ETA %s",
                nominalsDone, total, fraction * 100, rowsDone, rowsDone / seconds, format(Duration.ofSeconds(etaSeconds))));
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 60 ? (s / 60) + "m " + (s % 60) + "s" : s + "s";
    }
}
