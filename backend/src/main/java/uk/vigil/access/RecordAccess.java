package uk.vigil.access;

import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single door every read of a person, list, search or export goes through: it decides
 * whether the viewer may have it and records that they did.
 *
 * <p>Foundation stage: every viewer is allowed and each read is written to the {@code vigil.audit}
 * log. The security issue replaces the decision with need-to-know rules and the log with the
 * tamper-evident audit store; callers do not change.
 */
public final class RecordAccess {
    private static final Logger AUDIT = LoggerFactory.getLogger("vigil.audit");

    /** Reads one person's record. */
    public <T> T readPerson(Viewer viewer, String personId, Supplier<T> read) {
        return audited(viewer, "VIEW_PERSON", Map.of("person", personId), read);
    }

    /** Reads a list of records matching filters (the filters are part of the audit record). */
    public <T> T readList(Viewer viewer, String what, Map<String, ?> filters, Supplier<T> read) {
        return audited(viewer, "LIST_" + what, filters, read);
    }

    private <T> T audited(Viewer viewer, String event, Map<String, ?> objects, Supplier<T> read) {
        try {
            T result = read.get();
            AUDIT.info("{} user={} session={} ip={} objects={} outcome=OK", event, viewer.username(),
                    viewer.sessionId(), viewer.sourceIp(), objects);
            return result;
        } catch (RuntimeException e) {
            AUDIT.info("{} user={} session={} ip={} objects={} outcome={}", event, viewer.username(),
                    viewer.sessionId(), viewer.sourceIp(), objects, e.getClass().getSimpleName());
            throw e;
        }
    }
}
