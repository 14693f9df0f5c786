package uk.vigil.restriction;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Viewer;
import uk.vigil.common.AccessDeniedException;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Reads and replaces a person's restriction (flag, allow list, deny list) for administrators.
 * Every call is audited; a change is audited before it is committed, so if the audit cannot be
 * written nothing changes, and a change that then fails to commit gets a second record, FAILED.
 */
public final class AccessListService {
    static final String ADMINISTRATOR = "ADMINISTRATOR";
    private final Graph graph;
    private final AuditSink audit;
    private final Clock clock;

    public AccessListService(Graph graph, AuditSink audit, Clock clock) {
        this.graph = graph;
        this.audit = audit;
        this.clock = clock;
    }

    public AccessList read(Viewer admin, String personId) {
        requireAdministrator(admin, personId);
        Optional<AccessList> found = graph.read(tx -> tx.run(CypherFiles.query("restriction/access-list"),
                Map.of("id", personId)).list(AccessListService::accessList)).stream().findFirst();
        // Who may see a restricted person is itself sensitive: the read is recorded before it is shown.
        audit.record(admin, "ADMIN_ACTION", person(personId), found.isPresent() ? "OK" : "NOT_FOUND", null,
                Map.of("action", "VIEW_ACCESS_LIST"));
        return found.orElseThrow(() -> notFound(personId));
    }

    /** Replaces the flag and both lists in one transaction and returns the new state. */
    public AccessList replace(Viewer admin, String personId, AccessListChange request) {
        requireAdministrator(admin, personId);
        AccessListChange change;
        try {
            change = AccessListChange.check(request);
        } catch (InvalidRequestException e) {
            audit.record(admin, "CHANGE", person(personId), "INVALID", null, Map.of("action", "SET_ACCESS_LIST",
                    "problem", e.getMessage()));
            throw e;
        }
        // An explicit transaction, not a retried unit of work: a retry would audit the change twice.
        try (Session session = graph.session(); Transaction tx = session.beginTransaction()) {
            List<Record> rows = tx.run(CypherFiles.query("restriction/lock-for-change"),
                    Map.of("id", personId, "usernames", change.usernames())).list();
            if (rows.isEmpty()) {
                audit.record(admin, "CHANGE", person(personId), "NOT_FOUND", change.reason(),
                        Map.of("action", "SET_ACCESS_LIST"));
                throw notFound(personId);
            }
            List<String> unknown = rows.get(0).get("unknown").asList(Value::asString);
            if (!unknown.isEmpty()) {
                String problem = "No user " + String.join(", ", unknown);
                audit.record(admin, "CHANGE", person(personId), "INVALID", change.reason(),
                        Map.of("action", "SET_ACCESS_LIST", "problem", problem));
                throw new InvalidRequestException(problem);
            }
            AccessListDiff diff = AccessListDiff.of(accessList(rows.get(0)), change);
            List<AuditSink.Touched> touched = touched(personId, diff);
            audit.record(admin, "CHANGE", touched, "OK", change.reason(), diff.detail()); // throws: nothing changes
            try {
                tx.run(CypherFiles.query("restriction/replace"), params(admin, personId, change)).consume();
                AccessList after = accessList(tx.run(CypherFiles.query("restriction/access-list"),
                        Map.of("id", personId)).single());
                tx.commit();
                return after;
            } catch (RuntimeException e) {
                recordFailure(admin, touched, change.reason(), diff, e);
                throw e;
            }
        }
    }

    private void recordFailure(Viewer admin, List<AuditSink.Touched> touched, String reason, AccessListDiff diff,
                               RuntimeException cause) {
        Map<String, String> detail = new HashMap<>(diff.detail());
        detail.put("error", cause.getClass().getSimpleName());
        try {
            audit.record(admin, "CHANGE", touched, "FAILED", reason, detail);
        } catch (RuntimeException auditFailed) {
            cause.addSuppressed(auditFailed);
        }
    }

    private Map<String, Object> params(Viewer admin, String personId, AccessListChange change) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", personId);
        p.put("restricted", change.restricted());
        p.put("allowed", change.allowed());
        p.put("denied", change.denied());
        p.put("now", clock.instant().atZone(ZoneOffset.UTC));
        p.put("actor", admin.username());
        return p;
    }

    /** The web gate already refused everyone else; checked again so no other caller can skip it. */
    private void requireAdministrator(Viewer viewer, String personId) {
        if (!viewer.hasRole(ADMINISTRATOR)) {
            audit.record(viewer, "PERMISSION_DENIED", person(personId), "DENIED", null, Map.of("action", "ACCESS_LIST"));
            throw new AccessDeniedException("Only administrators manage restrictions");
        }
    }

    private static List<AuditSink.Touched> person(String personId) {
        return List.of(new AuditSink.Touched("PERSON", personId));
    }

    private static List<AuditSink.Touched> touched(String personId, AccessListDiff diff) {
        List<AuditSink.Touched> touched = new ArrayList<>(person(personId));
        diff.usersTouched().forEach(u -> touched.add(new AuditSink.Touched("USER", u)));
        return touched;
    }

    private static AccessList accessList(Record r) {
        return new AccessList(r.get("id").asString(), r.get("restricted").asBoolean(),
                r.get("allowed").asList(Value::asString), r.get("denied").asList(Value::asString));
    }

    /** Only a plain id is echoed back. */
    private static NotFoundException notFound(String personId) {
        return new NotFoundException(personId.matches("[A-Za-z0-9_-]{1,64}") ? "No person with id " + personId : "No such person");
    }
}
