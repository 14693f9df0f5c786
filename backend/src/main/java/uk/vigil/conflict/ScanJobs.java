package uk.vigil.conflict;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole-area scans run one at a time on a background thread; each reports its progress. Kept in
 * memory (the last 50): a scan's lasting result is the conflicts it stored.
 */
final class ScanJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScanJobs.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-conflict-scan");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Scan> scans = new LinkedHashMap<>();
    private final ConflictEngine engine;

    ScanJobs(ConflictEngine engine) {
        this.engine = engine;
    }

    /** A scan as the API shows it. */
    record ScanView(String id, String area, String state, int total, int done, Integer found, Integer resolved,
                    Instant startedAt, Instant finishedAt, String requestedBy) {
    }

    private static final class Scan {
        final String id = UUID.randomUUID().toString();
        final String area;
        final String requestedBy;
        final Instant queuedAt = Instant.now();
        volatile String state = "QUEUED";
        volatile int total;
        final AtomicInteger done = new AtomicInteger();
        volatile Integer found;
        volatile Integer resolved;
        volatile Instant startedAt;
        volatile Instant finishedAt;

        Scan(String area, String requestedBy) {
            this.area = area;
            this.requestedBy = requestedBy;
        }

        ScanView view() {
            return new ScanView(id, area, state, total, done.get(), found, resolved, startedAt, finishedAt, requestedBy);
        }
    }

    synchronized ScanView start(String area, String requestedBy) {
        Scan scan = new Scan(area, requestedBy);
        scans.put(scan.id, scan);
        while (scans.size() > 50) {
            scans.remove(scans.keySet().iterator().next());
        }
        worker.submit(() -> run(scan));
        return scan.view();
    }

    synchronized Optional<ScanView> get(String id) {
        return Optional.ofNullable(scans.get(id)).map(Scan::view);
    }

    synchronized List<ScanView> all() {
        return scans.values().stream().map(Scan::view).toList();
    }

    private void run(Scan scan) {
        scan.startedAt = Instant.now();
        scan.state = "RUNNING";
        try {
            Recompute r = engine.scanArea(scan.area, total -> scan.total = total, scan.done::set);
            scan.found = r.found();
            scan.resolved = r.resolved();
            scan.state = "DONE";
        } catch (RuntimeException e) {
            LOG.error("Conflict scan of {} failed", scan.area, e);
            scan.state = "FAILED";
        } finally {
            scan.finishedAt = Instant.now();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
