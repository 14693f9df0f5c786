package uk.vigil.access;

import java.util.List;
import java.util.Map;

/** Where {@link RecordAccess} records who read what. Bound to the tamper-evident audit trail in production. */
public interface AuditSink {

    /** One touched record, e.g. {@code ("PERSON", "N0000042")}. */
    record Touched(String type, String id) {
    }

    /**
     * Records one event. Must throw if the record cannot be written: the caller then refuses the
     * action rather than doing it unlogged.
     */
    void record(Viewer viewer, String event, List<Touched> objects, String outcome, String purpose,
                Map<String, String> detail);

    /** One event for {@link #recordAll}: the arguments of {@link #record} after the viewer. */
    record Entry(String event, List<Touched> objects, String outcome, String purpose, Map<String, String> detail) {
    }

    /**
     * Records several events of one viewer, each its own record, all or none (the audit trail writes
     * them in one transaction). Must throw if they cannot be written.
     */
    default void recordAll(Viewer viewer, List<Entry> entries) {
        for (Entry e : entries) {
            record(viewer, e.event(), e.objects(), e.outcome(), e.purpose(), e.detail());
        }
    }
}
