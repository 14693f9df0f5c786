package uk.vigil.audit;

import java.util.List;
import java.util.Map;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Viewer;

/** Binds the access layer's audit hook to the tamper-evident trail. Throws when the trail cannot be written. */
public final class AuditTrailSink implements AuditSink {
    private final AuditTrail trail;

    public AuditTrailSink(AuditTrail trail) {
        this.trail = trail;
    }

    static AuditActor actor(Viewer v) {
        return new AuditActor(v.username(), v.agency(), v.roles(), v.sessionId(), v.sourceIp());
    }

    @Override
    public void record(Viewer viewer, String event, List<Touched> objects, String outcome, String purpose,
                       Map<String, String> detail) {
        trail.append(actor(viewer), AuditEventType.valueOf(event),
                objects.stream().map(t -> new AuditObject(t.type(), t.id())).toList(), outcome, purpose, detail);
    }

    /** One transaction for all of them: one commit, one lock of the chain head. */
    @Override
    public void recordAll(Viewer viewer, List<Entry> entries) {
        trail.appendAll(actor(viewer), entries.stream()
                .map(e -> new AuditTrail.Entry(AuditEventType.valueOf(e.event()),
                        e.objects().stream().map(t -> new AuditObject(t.type(), t.id())).toList(), e.outcome(), e.purpose(),
                        e.detail()))
                .toList());
    }
}
