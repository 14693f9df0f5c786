package uk.vigil.identity;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Duplicate candidates (per person and whole-graph scans) and the analyst's decisions about them:
 * confirm ({@code SAME_AS}), undo a confirmation, reject ({@code NOT_SAME_AS}). Decisions are
 * written to the audit trail before they are committed; a decision that then fails to commit gets a
 * second record, FAILED. Nothing is ever merged or deleted from a person's record.
 */
public final class IdentityService {
    private final Graph graph;
    private final AuditSink audit;
    private final Clock clock;
    private final Map<String, DuplicateScan> scans = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-duplicate-scan");
        t.setDaemon(true);
        return t;
    });

    public IdentityService(Graph graph, AuditSink audit, Clock clock) {
        this.graph = graph;
        this.audit = audit;
        this.clock = clock;
    }

    /** The duplicate candidates of one nominal the viewer may see; 404 alike for unknown and hidden. */
    public List<DuplicateCandidate> candidatesFor(Viewer viewer, String id, String purpose) {
        IdentityRecord subject = visiblePerson(viewer, id);
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("id", id);
        List<IdentityRecord> others = graph.read(tx -> tx.run(CypherFiles.query("identity/candidates"), params).list(IdentityRecord::of));
        List<DuplicateCandidate> out = new ArrayList<>();
        for (IdentityRecord other : others) {
            DuplicateScorer.score(subject, other).ifPresent(out::add);
        }
        out.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed());
        List<AuditSink.Touched> touched = new ArrayList<>();
        touched.add(new AuditSink.Touched("PERSON", id));
        out.forEach(c -> touched.add(new AuditSink.Touched("PERSON", other(c, id))));
        audit.record(viewer, "LIST", touched, "OK", purpose, Map.of("list", "DUPLICATE_CANDIDATES", "subject", id,
                "compared", Integer.toString(others.size())));
        return out;
    }

    /** Starts a whole-graph scan of the nominals the viewer may see; progress via {@link #scan}. */
    public DuplicateScan.View startScan(Viewer viewer) {
        DuplicateScan scan = new DuplicateScan(UUID.randomUUID().toString(), viewer.username(), clock.instant());
        scans.put(scan.id(), scan);
        audit.record(viewer, "LIST", List.of(), "OK", null, Map.of("list", "DUPLICATE_SCAN", "scan", scan.id()));
        runner.submit(() -> run(viewer, scan));
        return scan.view(0);
    }

    /** Runs a scan in the caller's thread (the quality test and the benchmark); not audited. */
    public DuplicateScan scanNow(Viewer viewer) {
        DuplicateScan scan = new DuplicateScan(UUID.randomUUID().toString(), viewer.username(), clock.instant());
        run(viewer, scan);
        return scan;
    }

    private void run(Viewer viewer, DuplicateScan scan) {
        long start = System.nanoTime();
        try {
            Map<String, Object> params = RecordAccess.scope(viewer);
            List<IdentityRecord> people = new ArrayList<>();
            try (Session session = graph.session()) {
                session.executeRead(tx -> {
                    Result result = tx.run(CypherFiles.query("identity/people"), params);
                    while (result.hasNext()) {
                        people.add(IdentityRecord.of(result.next()));
                        scan.recordRead();
                    }
                    return null;
                });
            }
            scan.compare(people, start);
        } catch (RuntimeException e) {
            scan.failed("failed: the scan could not be completed");
            org.slf4j.LoggerFactory.getLogger(IdentityService.class).error("Duplicate scan {} failed", scan.id(), e);
        }
    }

    /** A scan's progress and, when done, its best candidates; only its owner may read it. */
    public DuplicateScan.View scan(Viewer viewer, String scanId, int limit) {
        DuplicateScan scan = scans.get(scanId);
        if (scan == null || !scan.owner().equals(viewer.username())) {
            throw new NotFoundException("No duplicate scan with that id");
        }
        DuplicateScan.View view = scan.view(limit);
        if (view.status() == DuplicateScan.Status.DONE) {
            List<AuditSink.Touched> touched = new ArrayList<>();
            view.candidates().forEach(c -> {
                touched.add(new AuditSink.Touched("PERSON", (String) c.first().get("id")));
                touched.add(new AuditSink.Touched("PERSON", (String) c.second().get("id")));
            });
            audit.record(viewer, "LIST", touched, "OK", null, Map.of("list", "DUPLICATE_SCAN_RESULT", "scan", scanId,
                    "shown", Integer.toString(view.candidates().size())));
        }
        return view;
    }

    /** Confirms two records as one human: SAME_AS {confirmedBy, at, reason}. */
    public Map<String, Object> confirm(Viewer viewer, String a, String b, String reason) {
        return decide(viewer, a, b, reason, "SAME_AS_CONFIRMED", "identity/confirm");
    }

    /** Undoes a confirmation. */
    public Map<String, Object> unconfirm(Viewer viewer, String a, String b, String reason) {
        return decide(viewer, a, b, reason, "SAME_AS_REMOVED", "identity/unconfirm");
    }

    /** Records that two records are different people, so they are not proposed again. */
    public Map<String, Object> reject(Viewer viewer, String a, String b, String reason) {
        return decide(viewer, a, b, reason, "SAME_AS_REJECTED", "identity/reject");
    }

    private Map<String, Object> decide(Viewer viewer, String a, String b, String reason, String action, String query) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidRequestException("reason is required (at most 1000 characters)");
        }
        if (a.equals(b)) {
            throw new InvalidRequestException("a and b must be two different records");
        }
        visiblePerson(viewer, a);
        visiblePerson(viewer, b);
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        List<AuditSink.Touched> touched = List.of(new AuditSink.Touched("PERSON", first), new AuditSink.Touched("PERSON", second));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("a", first);
        params.put("b", second);
        params.put("user", viewer.username());
        params.put("now", ZonedDateTime.now(clock));
        params.put("reason", reason.strip());
        // Written before the change: if the trail cannot be written, nothing changes.
        audit.record(viewer, "CHANGE", touched, "OK", reason.strip(), Map.of("action", action));
        List<Record> rows;
        try {
            rows = graph.write(tx -> tx.run(CypherFiles.query(query), params).list());
        } catch (RuntimeException e) {
            audit.record(viewer, "CHANGE", touched, "FAILED", reason.strip(), Map.of("action", action));
            throw e;
        }
        if (rows.isEmpty() || (rows.get(0).containsKey("removed") && rows.get(0).get("removed").asLong() == 0)) {
            audit.record(viewer, "CHANGE", touched, "FAILED", reason.strip(), Map.of("action", action, "why", "nothing to change"));
            throw new InvalidRequestException(action.equals("SAME_AS_REJECTED")
                    ? "These records are confirmed as one person: undo the confirmation first"
                    : "These records are not confirmed as one person");
        }
        Map<String, Object> out = new LinkedHashMap<>(rows.get(0).asMap());
        out.put("a", first);
        out.put("b", second);
        out.put("action", action);
        return out;
    }

    private IdentityRecord visiblePerson(Viewer viewer, String id) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("id", id);
        params.put("kind", "PERSON");
        if (graph.read(tx -> tx.run(CypherFiles.query("network/start"), params).list()).isEmpty()) {
            throw new NotFoundException("No person with id " + id);
        }
        List<IdentityRecord> rows = graph.read(tx -> tx.run(CypherFiles.query("identity/person"), params).list(IdentityRecord::of));
        if (rows.isEmpty()) {
            throw new InvalidRequestException("Only nominal records are compared for duplicates");
        }
        return rows.get(0);
    }

    private static String other(DuplicateCandidate c, String id) {
        return id.equals(c.first().get("id")) ? (String) c.second().get("id") : (String) c.first().get("id");
    }
}
