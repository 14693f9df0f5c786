package uk.vigil.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Viewer;
import uk.vigil.database.Graph;

/**
 * One write, audited before it commits: if the audit trail cannot be written the transaction is
 * rolled back and nothing changes; a write that then fails to commit gets a second record, FAILED.
 * An explicit transaction, not a retried unit of work (a retry would audit twice).
 */
final class AuditedWrite {
    private final Graph graph;
    private final AuditSink audit;

    AuditedWrite(Graph graph, AuditSink audit) {
        this.graph = graph;
        this.audit = audit;
    }

    /** Runs {@code work} in one transaction, records CHANGE with {@code detail}, then commits. */
    <T> T run(Viewer viewer, List<AuditSink.Touched> touched, Map<String, String> detail, Function<Transaction, T> work) {
        try (Session session = graph.session(); Transaction tx = session.beginTransaction()) {
            T result = work.apply(tx);
            audit.record(viewer, "CHANGE", touched, "OK", null, detail); // throws: rolled back, nothing changes
            try {
                tx.commit();
            } catch (RuntimeException e) {
                Map<String, String> failed = new HashMap<>(detail);
                failed.put("error", e.getClass().getSimpleName());
                try {
                    audit.record(viewer, "CHANGE", touched, "FAILED", null, failed);
                } catch (RuntimeException auditFailed) {
                    e.addSuppressed(auditFailed);
                }
                throw e;
            }
            return result;
        }
    }

    /** A refused or invalid change is recorded too, with what was wrong. */
    void refused(Viewer viewer, List<AuditSink.Touched> touched, String outcome, Map<String, String> detail) {
        audit.record(viewer, "CHANGE", touched, outcome, null, detail);
    }
}
