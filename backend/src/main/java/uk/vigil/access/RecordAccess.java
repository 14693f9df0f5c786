package uk.vigil.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.Record;
import uk.vigil.common.NotFoundException;
import uk.vigil.common.PurposeRequiredException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * The single door every read of a person, list, search or export goes through: it decides whether
 * the viewer may have it and records that they did (or were refused). The rule itself lives in
 * the Cypher fragments of {@code cypher/queries/access/}, which every scoped query also includes,
 * so lists, counts and expansions obey it too (docs/security.md).
 */
public final class RecordAccess {
    private final Graph graph;
    private final AuditSink audit;

    public RecordAccess(Graph graph, AuditSink audit) {
        this.graph = graph;
        this.audit = audit;
    }

    /** The parameters every scoped query takes: {@code $viewer} and {@code $markingRank}. */
    public static Map<String, Object> scope(Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", viewer.cypher());
        params.put("markingRank", Marking.ranks());
        return params;
    }

    /**
     * Reads one person's record. A person outside the viewer's scope is answered exactly like one
     * that does not exist (404), and the refusal is audited. Outside the viewer's own caseload a
     * purpose is required and recorded.
     */
    public <T> T readPerson(Viewer viewer, String personId, String purpose, Function<PersonAccess, T> read) {
        List<AuditSink.Touched> touched = List.of(new AuditSink.Touched("PERSON", personId));
        Map<String, Object> params = scope(viewer);
        params.put("id", personId);
        List<Record> rows = graph.read(tx -> tx.run(CypherFiles.query("access/check-person"), params).list());
        if (rows.isEmpty()) {
            audit.record(viewer, "VIEW_PERSON", touched, "NOT_FOUND", purpose, Map.of());
            throw notFound(personId);
        }
        Record check = rows.get(0);
        if (!check.get("visible").asBoolean()) {
            audit.record(viewer, "PERMISSION_DENIED", touched, "DENIED", purpose, Map.of("action", "VIEW_PERSON"));
            throw notFound(personId);
        }
        PersonAccess access = new PersonAccess(check.get("inCaseload").asBoolean(), check.get("victimDetails").asBoolean());
        String why = purpose == null ? null : purpose.strip();
        if (!access.inCaseload() && (why == null || why.isEmpty())) {
            audit.record(viewer, "VIEW_PERSON", touched, "PURPOSE_REQUIRED", null, Map.of());
            throw new PurposeRequiredException("This nominal is not in your caseload: say why you need to open the record.");
        }
        // Written before the data is released: if the audit cannot be written, nothing is shown.
        audit.record(viewer, "VIEW_PERSON", touched, "OK", why, Map.of());
        return read.apply(access);
    }

    /**
     * Reads several people's records at once (a meeting's briefing pack): for each id the rule and
     * the audit of {@link #readPerson}, decided in one query and audited in one transaction, one
     * record per id (an id given twice is audited twice, as two single reads would be). People who
     * do not exist or are not the viewer's to see are left out of the map given to {@code read}
     * (their refusal audited). If any visible person is outside the viewer's caseload and no purpose
     * is given, nothing is read: every such person is audited as PURPOSE_REQUIRED and 428 follows.
     */
    public <T> T readPeople(Viewer viewer, List<String> personIds, String purpose,
                            Function<Map<String, PersonAccess>, T> read) {
        Map<String, Object> params = scope(viewer);
        params.put("ids", List.copyOf(new LinkedHashSet<>(personIds)));
        Map<String, Record> checks = new HashMap<>();
        for (Record r : graph.read(tx -> tx.run(CypherFiles.query("access/check-people"), params).list())) {
            checks.put(r.get("id").asString(), r);
        }
        String why = purpose == null ? null : purpose.strip();
        boolean noPurpose = why == null || why.isEmpty();
        List<AuditSink.Entry> entries = new ArrayList<>(personIds.size()); // one per id, in the order asked
        boolean purposeMissing = false;
        Map<String, PersonAccess> visible = new LinkedHashMap<>();
        for (String id : personIds) {
            List<AuditSink.Touched> touched = List.of(new AuditSink.Touched("PERSON", id));
            Record check = checks.get(id);
            if (check == null) {
                entries.add(new AuditSink.Entry("VIEW_PERSON", touched, "NOT_FOUND", purpose, Map.of()));
            } else if (!check.get("visible").asBoolean()) {
                entries.add(new AuditSink.Entry("PERMISSION_DENIED", touched, "DENIED", purpose, Map.of("action", "VIEW_PERSON")));
            } else {
                PersonAccess access = new PersonAccess(check.get("inCaseload").asBoolean(), check.get("victimDetails").asBoolean());
                if (!access.inCaseload() && noPurpose) {
                    purposeMissing = true;
                    entries.add(new AuditSink.Entry("VIEW_PERSON", touched, "PURPOSE_REQUIRED", null, Map.of()));
                } else {
                    entries.add(new AuditSink.Entry("VIEW_PERSON", touched, "OK", why, Map.of()));
                    visible.put(id, access);
                }
            }
        }
        if (purposeMissing) {
            audit.recordAll(viewer, entries.stream().filter(e -> !e.outcome().equals("OK")).toList());
            throw new PurposeRequiredException(personIds.size() == 1
                    ? "This nominal is not in your caseload: say why you need to open the record."
                    : "Some of these nominals are not in your caseload: say why you need to open their records.");
        }
        // Written before the data is released: if the audit cannot be written, nothing is shown.
        audit.recordAll(viewer, entries);
        return read.apply(visible);
    }

    /** The same answer for "no such person" and "not yours to see"; only a plain id is echoed back. */
    private static NotFoundException notFound(String personId) {
        return new NotFoundException(personId.matches("[A-Za-z0-9_-]{1,64}") ? "No nominal with id " + personId : "No such nominal");
    }

    /** Reads a list of records matching filters (the filters are part of the audit record). */
    public <T> T readList(Viewer viewer, String what, Map<String, String> filters, Supplier<T> read) {
        audit.record(viewer, "LIST", List.of(), "OK", null, withWhat(what, filters));
        return read.get();
    }

    /**
     * Runs a search and audits it with what it showed: the query and filters, the records on the
     * page and the total. The audit is written before the result is released; if it cannot be,
     * nothing is shown.
     */
    public <T> T readSearch(Viewer viewer, Map<String, String> detail, Supplier<T> read,
                            Function<T, List<AuditSink.Touched>> shown, Function<T, Map<String, String>> outcome) {
        T result = read.get();
        Map<String, String> all = new HashMap<>(detail);
        all.putAll(outcome.apply(result));
        audit.record(viewer, "SEARCH", shown.apply(result), "OK", null, all);
        return result;
    }

    /**
     * Runs a search made for a stated purpose (a suspect search's crime reference) and audits it as
     * {@code event}, with the purpose, the detail and what it showed, before the result is released.
     */
    public <T> T readSearch(Viewer viewer, String event, String purpose, Map<String, String> detail, Supplier<T> read,
                            Function<T, List<AuditSink.Touched>> shown, Function<T, Map<String, String>> outcome) {
        T result = read.get();
        Map<String, String> all = new HashMap<>(detail);
        all.putAll(outcome.apply(result));
        audit.record(viewer, event, shown.apply(result), "OK", purpose, all);
        return result;
    }

    /** Records which search result the user opened. */
    public void recordSelection(Viewer viewer, String searchId, String type, String id, int rank) {
        audit.record(viewer, "SEARCH_SELECT", List.of(new AuditSink.Touched(type, id)), "OK", null,
                Map.of("searchId", searchId, "rank", Integer.toString(rank)));
    }

    private static Map<String, String> withWhat(String what, Map<String, String> filters) {
        Map<String, String> detail = new HashMap<>(filters);
        detail.put("list", what);
        return detail;
    }
}
