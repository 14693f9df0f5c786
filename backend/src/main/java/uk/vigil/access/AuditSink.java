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
}
