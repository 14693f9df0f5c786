package uk.vigil.investigation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.auth.Role;
import uk.vigil.common.AccessDeniedException;
import uk.vigil.common.ConflictException;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;
import uk.vigil.web.WebApp;

/**
 * Saved investigations (docs/investigations.md). The access rule: an investigation is listed or
 * opened only by someone who may see every record it includes (access/visible-records, checked in
 * bulk); for anyone else it does not exist (404, like an unknown id). Every create, open, change,
 * delete and restore is audited before it is committed or released.
 */
public final class InvestigationService {
    /** Who besides the creator may delete and restore: the MAPPA chair supervises the work of the panel. */
    static final String SUPERVISOR = Role.MAPPA_CHAIR.name();
    private static final ObjectMapper JSON = WebApp.objectMapper();
    private final Graph graph;
    private final AuditSink audit;
    private final Clock clock;

    public InvestigationService(Graph graph, AuditSink audit, Clock clock) {
        this.graph = graph;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list counts what the viewer may see up to this many, then says "at least" (docs/investigations.md). */
    static final int COUNT_UP_TO = 200;
    /** The most investigations one list request reads (and checks) before it answers with what it found. */
    static final int SCAN_BUDGET = 20_000;
    private static final int BATCH = 500;
    /** Where the keyset starts: after every real update time. */
    private static final ZonedDateTime END_OF_TIME = ZonedDateTime.parse("9999-12-31T00:00:00Z");

    /**
     * One page of the investigations the viewer may see, newest updated first. The access rule is
     * applied to each batch read in list order (its records checked in one query, each record once
     * per request) before anything is counted or paged, so neither the page nor the total betrays a
     * hidden investigation. Counting stops at {@link #COUNT_UP_TO} (or the end of the page asked
     * for) and reading at {@link #SCAN_BUDGET}: then the total is "at least".
     */
    public InvestigationPage list(Viewer viewer, InvestigationListQuery q) {
        int from = (q.page() - 1) * q.size();
        int enough = Math.max(COUNT_UP_TO, from + q.size() + 1);
        // The text index answers a filter text of three characters or more; a shorter one is a filter on the ordered read.
        String query = q.text() != null && q.text().length() >= 3 ? "investigation/list-text"
                : q.mine() ? "investigation/list-mine" : "investigation/list-recent";
        Map<RecordRef, Boolean> checked = new HashMap<>();
        List<InvestigationSummary> items = new ArrayList<>();
        int counted = 0;
        int scanned = 0;
        boolean exhausted = false;
        ZonedDateTime before = END_OF_TIME;
        String afterId = "";
        while (counted < enough && scanned < SCAN_BUDGET) {
            Map<String, Object> p = new HashMap<>();
            p.put("before", before);
            p.put("afterId", afterId);
            p.put("batch", Math.min(BATCH, SCAN_BUDGET - scanned));
            p.put("username", q.mine() ? viewer.username() : null);
            p.put("text", q.text());
            List<Record> rows = graph.read(tx -> tx.run(CypherFiles.query(query), p).list());
            scanned += rows.size();
            Set<RecordRef> unchecked = new HashSet<>();
            rows.forEach(r -> refs(r.get("records")).forEach(ref -> {
                if (!checked.containsKey(ref)) {
                    unchecked.add(ref);
                }
            }));
            Set<RecordRef> seen = visible(viewer, unchecked);
            unchecked.forEach(ref -> checked.put(ref, seen.contains(ref)));
            for (Record r : rows) {
                Value inv = r.get("investigation");
                List<RecordRef> records = refs(r.get("records"));
                boolean open = records.isEmpty() ? inv.get("createdBy").asString().equals(viewer.username())
                        : records.stream().allMatch(checked::get);
                if (open && counted < enough) {
                    if (counted >= from && counted < from + q.size()) {
                        items.add(InvestigationSummary.of(inv, records.size(), r.get("charts").asInt(), r.get("searches").asInt()));
                    }
                    counted++;
                }
            }
            if (rows.size() < (int) p.get("batch")) {
                exhausted = true;
                break;
            }
            Value last = rows.get(rows.size() - 1).get("investigation");
            before = last.get("updatedAt").asZonedDateTime();
            afterId = last.get("id").asString();
        }
        boolean exact = exhausted && counted < enough;
        audit.record(viewer, "LIST", items.stream().map(i -> new AuditSink.Touched("INVESTIGATION", i.id())).toList(), "OK",
                null, listDetails(q, counted, exact, scanned));
        return new InvestigationPage(List.copyOf(items), counted, exact, q.page(), q.size());
    }

    private static Map<String, String> listDetails(InvestigationListQuery q, int total, boolean exact, int scanned) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("list", "investigations");
        d.put("page", Integer.toString(q.page()));
        d.put("total", (exact ? "" : ">=") + total);
        d.put("scanned", Integer.toString(scanned));
        if (q.text() != null) {
            d.put("q", q.text());
        }
        if (q.mine()) {
            d.put("mine", "true");
        }
        return d;
    }

    /** Creates an investigation, with its first chart when one is given. */
    public Investigation create(Viewer viewer, InvestigationRequests.New request) {
        if (request.chart() != null) {
            checkVisible(viewer, request.chart().state().records());
        }
        String id = UUID.randomUUID().toString();
        graph.write(tx -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("name", request.name());
            p.put("description", request.description());
            p.put("username", viewer.username());
            p.put("agency", viewer.agency());
            p.put("now", now());
            tx.run(CypherFiles.query("investigation/create"), p).consume();
            List<AuditSink.Touched> touched = new ArrayList<>(List.of(new AuditSink.Touched("INVESTIGATION", id)));
            if (request.chart() != null) {
                addChart(tx, viewer, id, request.chart());
                touched.addAll(people(request.chart().state().records()));
            }
            // written before the commit: if the audit cannot be written, nothing is created
            audit.record(viewer, "INVESTIGATION_CREATE", touched, "OK", null,
                    Map.of("name", request.name(), "charts", request.chart() == null ? "0" : "1"));
            return null;
        });
        return get(viewer, id, false);
    }

    /** Opens one investigation: its charts (to replay through the network API), searches and records. */
    public Investigation open(Viewer viewer, String id) {
        return get(viewer, id, true);
    }

    private Investigation get(Viewer viewer, String id, boolean audited) {
        Record row = load(viewer, id, "INVESTIGATION_OPEN");
        Investigation inv = Investigation.of(row, JSON, mayDelete(viewer, row.get("investigation").get("createdBy").asString()));
        if (audited) {
            List<AuditSink.Touched> touched = new ArrayList<>(List.of(new AuditSink.Touched("INVESTIGATION", id)));
            touched.addAll(people(inv.records()));
            audit.record(viewer, "INVESTIGATION_OPEN", touched, "OK", null,
                    Map.of("charts", Integer.toString(inv.charts().size()), "searches", Integer.toString(inv.searches().size())));
        }
        return inv;
    }

    /** Renames or redescribes, if still at {@code version} (409 otherwise). */
    public Investigation update(Viewer viewer, String id, InvestigationRequests.Change change) {
        Record row = load(viewer, id, "INVESTIGATION_UPDATE");
        Value inv = row.get("investigation");
        if (!inv.get("deletedAt").isNull()) {
            throw new ConflictException("This investigation is deleted: restore it before changing it");
        }
        if (inv.get("version").asLong() != change.version()) {
            throw new ConflictException("Someone changed this investigation meanwhile (now version " + inv.get("version").asLong()
                    + "): reload it and make your change again");
        }
        graph.write(tx -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("version", change.version());
            p.put("name", change.name());
            p.put("description", change.description());
            p.put("now", now());
            if (tx.run(CypherFiles.query("investigation/update"), p).list().isEmpty()) {
                throw new ConflictException("Someone changed this investigation meanwhile: reload it and make your change again");
            }
            audit.record(viewer, "INVESTIGATION_UPDATE", List.of(new AuditSink.Touched("INVESTIGATION", id)), "OK", null,
                    Map.of("action", "RENAME", "name", change.name()));
            return null;
        });
        return get(viewer, id, false);
    }

    /** Adds a chart; the investigation then includes every record the chart shows. */
    public Investigation addChart(Viewer viewer, String id, InvestigationRequests.NewChart chart) {
        Record row = load(viewer, id, "INVESTIGATION_UPDATE");
        requireLive(row);
        checkVisible(viewer, chart.state().records());
        graph.write(tx -> {
            String chartId = addChart(tx, viewer, id, chart);
            List<AuditSink.Touched> touched = new ArrayList<>(List.of(new AuditSink.Touched("INVESTIGATION", id)));
            touched.addAll(people(chart.state().records()));
            audit.record(viewer, "INVESTIGATION_UPDATE", touched, "OK", null,
                    Map.of("action", "ADD_CHART", "chart", chartId, "records", Integer.toString(chart.state().records().size())));
            return null;
        });
        return get(viewer, id, false);
    }

    /** Adds a saved search (kind and parameters, run again by whoever opens it). */
    public Investigation addSearch(Viewer viewer, String id, InvestigationRequests.NewSearch search) {
        Record row = load(viewer, id, "INVESTIGATION_UPDATE");
        requireLive(row);
        graph.write(tx -> {
            String searchId = UUID.randomUUID().toString();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("searchId", searchId);
            p.put("kind", search.kind());
            p.put("params", search.params());
            p.put("purpose", search.purpose());
            p.put("username", viewer.username());
            p.put("now", now());
            tx.run(CypherFiles.query("investigation/add-search"), p).consume();
            audit.record(viewer, "INVESTIGATION_UPDATE", List.of(new AuditSink.Touched("INVESTIGATION", id)), "OK",
                    search.purpose(), Map.of("action", "ADD_SEARCH", "search", searchId, "kind", search.kind()));
            return null;
        });
        return get(viewer, id, false);
    }

    /** Soft delete (true) or restore (false): the creator or a supervisor (MAPPA chair) only. */
    public Investigation setDeleted(Viewer viewer, String id, boolean deleted) {
        String event = deleted ? "INVESTIGATION_DELETE" : "INVESTIGATION_RESTORE";
        Record row = load(viewer, id, event);
        Value inv = row.get("investigation");
        if (!mayDelete(viewer, inv.get("createdBy").asString())) {
            audit.record(viewer, "PERMISSION_DENIED", List.of(new AuditSink.Touched("INVESTIGATION", id)), "DENIED", null,
                    Map.of("action", event));
            throw new AccessDeniedException("Only its creator or a MAPPA chair may " + (deleted ? "delete" : "restore")
                    + " an investigation");
        }
        if (inv.get("deletedAt").isNull() == deleted) {
            graph.write(tx -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", id);
                p.put("deleted", deleted);
                p.put("username", viewer.username());
                p.put("now", now());
                tx.run(CypherFiles.query("investigation/set-deleted"), p).consume();
                audit.record(viewer, event, List.of(new AuditSink.Touched("INVESTIGATION", id)), "OK", null, Map.of());
                return null;
            });
        }
        return get(viewer, id, false);
    }

    /**
     * The investigation if the viewer may open it. Unknown, including a record the viewer may not see,
     * or deleted and not theirs to restore: the same 404, and the refusal is audited as {@code event}.
     */
    private Record load(Viewer viewer, String id, String event) {
        if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new NotFoundException("No such investigation");
        }
        List<Record> rows = graph.read(tx -> tx.run(CypherFiles.query("investigation/get"), Map.of("id", id)).list());
        List<AuditSink.Touched> touched = List.of(new AuditSink.Touched("INVESTIGATION", id));
        if (rows.isEmpty()) {
            audit.record(viewer, event, touched, "NOT_FOUND", null, Map.of());
            throw new NotFoundException("No investigation with id " + id);
        }
        Record row = rows.get(0);
        Value inv = row.get("investigation");
        List<RecordRef> records = refs(row.get("records"));
        String creator = inv.get("createdBy").asString();
        if (!mayOpen(viewer, creator, records, visible(viewer, records))
                || (!inv.get("deletedAt").isNull() && !mayDelete(viewer, creator))) {
            audit.record(viewer, "PERMISSION_DENIED", touched, "DENIED", null, Map.of("action", event));
            throw new NotFoundException("No investigation with id " + id);
        }
        return row;
    }

    /**
     * Every included record visible. An investigation that includes no record yet (a name only) is
     * its creator's alone: its name may say more than a colleague should read.
     */
    private static boolean mayOpen(Viewer viewer, String creator, List<RecordRef> records, Set<RecordRef> visible) {
        return records.isEmpty() ? creator.equals(viewer.username()) : visible.containsAll(records);
    }

    private static boolean mayDelete(Viewer viewer, String creator) {
        return creator.equals(viewer.username()) || viewer.hasRole(SUPERVISOR);
    }

    private static void requireLive(Record row) {
        if (!row.get("investigation").get("deletedAt").isNull()) {
            throw new ConflictException("This investigation is deleted: restore it before changing it");
        }
    }

    /** The records the viewer may see, of these: access/visible-records, one query for all. */
    Set<RecordRef> visible(Viewer viewer, Collection<RecordRef> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> p = RecordAccess.scope(viewer);
        p.put("records", records.stream().map(RecordRef::cypher).toList());
        Set<RecordRef> out = new HashSet<>();
        graph.read(tx -> tx.run(CypherFiles.query("access/visible-records"), p).list())
                .forEach(r -> out.add(new RecordRef(r.get("kind").asString(), r.get("id").asString())));
        return out;
    }

    /** A chart may hold only records the saver may see; an unknown and a hidden record are both "not found". */
    private void checkVisible(Viewer viewer, List<RecordRef> records) {
        Set<RecordRef> seen = visible(viewer, records);
        List<String> missing = records.stream().filter(r -> !seen.contains(r)).map(RecordRef::key).limit(10).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("The chart names records that were not found: " + String.join(", ", missing));
        }
    }

    private String addChart(org.neo4j.driver.TransactionContext tx, Viewer viewer, String id, InvestigationRequests.NewChart chart) {
        String chartId = UUID.randomUUID().toString();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("chartId", chartId);
        p.put("name", chart.name());
        try {
            p.put("state", JSON.writeValueAsString(chart.state().json()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        p.put("records", chart.state().records().stream().map(RecordRef::cypher).toList());
        p.put("username", viewer.username());
        p.put("now", now());
        tx.run(CypherFiles.query("investigation/add-chart"), p).consume();
        return chartId;
    }

    /**
     * Plans the access check before the first user asks: with the access fragments nested in each
     * branch it takes seconds to plan, which the first list or open would otherwise wait for.
     */
    public void warmUp() {
        Viewer nobody = new Viewer("warm-up", "", "", Set.of(), Set.of(), uk.vigil.access.Marking.OFFICIAL, null,
                "warm-up", "127.0.0.1");
        visible(nobody, List.of(new RecordRef("PERSON", "none")));
        Map<String, Object> p = new HashMap<>(Map.of("before", END_OF_TIME, "afterId", "", "batch", 1, "text", "none"));
        p.put("username", null);
        for (String query : List.of("investigation/list-recent", "investigation/list-mine", "investigation/list-text")) {
            graph.read(tx -> tx.run(CypherFiles.query(query), p).consume());
        }
    }

    private static List<RecordRef> refs(Value list) {
        return list.asList(v -> new RecordRef(v.get("kind").asString(), v.get("id").asString()));
    }

    private static List<AuditSink.Touched> people(List<RecordRef> records) {
        return records.stream().filter(r -> r.kind().equals("PERSON")).map(r -> new AuditSink.Touched("PERSON", r.id())).toList();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.nullNode(); // stored by this service, so always JSON
        }
    }
}
