package uk.vigil.conflict;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/** The conflict dashboard, one conflict's detail, and whole-area scans on demand. */
public final class ConflictService implements AutoCloseable {
    static final List<String> STATUSES = List.of("OPEN", "NEW", "RESOLVED", "ALL");
    private final Graph graph;
    private final RecordAccess access;
    private final AuditSink audit;
    private final Clock clock;
    private final ConflictEngine engine;
    private final ScanJobs scans;

    public ConflictService(Graph graph, RecordAccess access, AuditSink audit, Clock clock, ConflictEngine engine) {
        this.graph = graph;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.engine = engine;
        this.scans = new ScanJobs(engine);
    }

    public ConflictEngine engine() {
        return engine;
    }

    /** The dashboard query, checked. */
    public record DashboardQuery(String area, String status, String rule, int sinceDays, int page, int size) {
        public DashboardQuery {
            if (area == null || area.isBlank() || area.length() > 100) {
                throw new InvalidRequestException("area is required");
            }
            status = status == null || status.isBlank() ? "OPEN" : status.strip().toUpperCase();
            if (!STATUSES.contains(status)) {
                throw new InvalidRequestException("status must be one of " + STATUSES);
            }
            if (rule != null && !rule.isBlank()) {
                String r = rule.strip().toUpperCase();
                if (Arrays.stream(ConflictRule.values()).noneMatch(x -> x.name().equals(r))) {
                    throw new InvalidRequestException("rule must be one of " + Arrays.toString(ConflictRule.values()));
                }
                rule = r;
            } else {
                rule = null;
            }
            if (sinceDays < 1 || sinceDays > 3650) {
                throw new InvalidRequestException("sinceDays must be 1..3650");
            }
            if (page < 0 || page > 10_000) {
                throw new InvalidRequestException("page must be 0..10000");
            }
            if (size < 1 || size > 200) {
                throw new InvalidRequestException("size must be 1..200");
            }
        }
    }

    /** @param lastScanAt when the area's last whole scan finished (null: never), which confirmed every open conflict */
    public record Dashboard(String area, int open, int newCount, int resolvedRecently, int resolved, ZonedDateTime lastScanAt,
                            int total, int page, int size, int sinceDays, List<Map<String, Object>> items) {
    }

    public Dashboard dashboard(Viewer viewer, DashboardQuery q) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("area", q.area());
        filters.put("status", q.status());
        if (q.rule() != null) {
            filters.put("rule", q.rule());
        }
        return access.readList(viewer, "conflicts", filters, () -> {
            Map<String, Object> p = RecordAccess.scope(viewer);
            p.put("area", q.area());
            p.put("status", q.status());
            p.put("rule", q.rule());
            p.put("since", ZonedDateTime.now(clock).minusDays(q.sinceDays()));
            p.put("skip", q.page() * q.size());
            p.put("size", q.size());
            return graph.read(tx -> {
                var r = tx.run(CypherFiles.query("conflict/list"), p).single();
                return new Dashboard(q.area(), r.get("open").asInt(), r.get("newCount").asInt(),
                        r.get("resolvedRecently").asInt(), r.get("resolved").asInt(),
                        r.get("scannedAt").isNull() ? null : r.get("scannedAt").asZonedDateTime(), r.get("total").asInt(), q.page(),
                        q.size(), q.sinceDays(), r.get("items").asList(v -> v.isNull() ? null : v.asMap()).stream()
                        .filter(java.util.Objects::nonNull).map(m -> (Map<String, Object>) m).toList());
            });
        });
    }

    /** One conflict with what it involves, as the viewer may see it; 404 when absent or not the viewer's to see. */
    public Map<String, Object> detail(Viewer viewer, String id) {
        Map<String, Object> p = RecordAccess.scope(viewer);
        p.put("id", id);
        Optional<Map<String, Object>> row = graph.read(tx -> tx.run(CypherFiles.query("conflict/detail"), p).list(r -> r.asMap()))
                .stream().findFirst();
        List<AuditSink.Touched> touched = List.of(new AuditSink.Touched("CONFLICT", id));
        if (row.isEmpty()) {
            audit.record(viewer, "VIEW_CONFLICT", touched, "NOT_FOUND", null, Map.of());
            throw new NotFoundException(id.matches("[A-Za-z0-9_-]{1,64}") ? "No conflict with id " + id : "No such conflict");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nominal = (Map<String, Object>) row.get().get("nominal");
        audit.record(viewer, "VIEW_CONFLICT", List.of(touched.get(0), new AuditSink.Touched("PERSON", (String) nominal.get("id"))),
                "OK", null, Map.of());
        return row.get();
    }

    public ScanJobs.ScanView startScan(Viewer viewer, String area) {
        if (area == null || !viewer.areas().contains(area)) {
            throw new InvalidRequestException("area must be one of your areas " + viewer.areas().stream().sorted().toList());
        }
        audit.record(viewer, "CHANGE", List.of(), "OK", null, Map.of("action", "CONFLICT_SCAN", "area", area));
        return scans.start(area, viewer.username());
    }

    public ScanJobs.ScanView scan(Viewer viewer, String id) {
        return scans.get(id).filter(s -> viewer.areas().contains(s.area()))
                .orElseThrow(() -> new NotFoundException("No such scan"));
    }

    /** Starts a scan of an area without a user (after an import). */
    public void scanAfterImport(String area) {
        scans.start(area, "import");
    }

    public List<String> areas() {
        return engine.areas();
    }

    @Override
    public void close() {
        scans.close();
    }
}
