package uk.vigil.conflict;

import java.time.Clock;
import java.util.function.Consumer;
import uk.vigil.database.Graph;

/** A whole scan of every area from the command line (after `vigil import` or loading the demo), printing progress. */
public final class ConflictScan {
    private ConflictScan() {
    }

    public static void allAreas(Graph graph, Consumer<String> out) {
        ConflictEngine engine = new ConflictEngine(graph, Clock.systemDefaultZone(), ConflictSettings.from(System.getenv()));
        for (String area : engine.areas()) {
            int[] total = {0};
            long[] printed = {0};
            Recompute r = engine.scanArea(area, n -> total[0] = n, done -> {
                long now = System.nanoTime();
                if (now - printed[0] > 1_000_000_000L || done == total[0]) { // at most once a second
                    printed[0] = now;
                    out.accept("conflicts: " + area + " " + done + " of " + total[0] + " nominals checked");
                }
            });
            out.accept("conflicts: " + area + ": " + r.found() + " found, " + r.resolved() + " resolved, in "
                    + r.millis() / 1000 + " s");
        }
    }
}
