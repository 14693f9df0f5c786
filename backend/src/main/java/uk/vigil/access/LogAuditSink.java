package uk.vigil.access;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Audit to the {@code vigil.audit} log: for tools and tests that run without the audit store. */
public final class LogAuditSink implements AuditSink {
    private static final Logger AUDIT = LoggerFactory.getLogger("vigil.audit");

    @Override
    public void record(Viewer viewer, String event, List<Touched> objects, String outcome, String purpose,
                       Map<String, String> detail) {
        AUDIT.info("{} user={} ip={} objects={} outcome={} purpose={} detail={}", event, viewer.username(),
                viewer.sourceIp(), objects, outcome, purpose, detail);
    }
}
