package uk.vigil.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.vigil.common.InvalidRequestException;

/**
 * What an auditor asks for: records about one object, by one user, of one event type and/or in a
 * time range ({@code from} inclusive, {@code to} exclusive), newest first, one bounded page at a
 * time. Every filter is optional. {@code purpose} is why the auditor is looking; it is recorded on
 * the {@link AuditEventType#AUDIT_READ} record the query writes.
 */
public record AuditQuery(AuditObject object, String user, AuditEventType event, Instant from, Instant to,
                         int page, int size, String purpose) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Deep paging walks every skipped record; past this, narrow the filters instead. */
    public static final int MAX_SKIP = 100_000;

    public AuditQuery {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("Page size must be between 1 and " + MAX_SIZE);
        }
        if (page < 0 || (long) page * size > MAX_SKIP) {
            throw new InvalidRequestException("Page must be between 0 and " + MAX_SKIP / size + " for pages of " + size);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("'from' must be before 'to'");
        }
        if (user != null && user.isBlank()) {
            user = null;
        }
    }

    /** Everything, newest first, first page. */
    public static AuditQuery newest() {
        return new AuditQuery(null, null, null, null, null, 0, DEFAULT_SIZE, null);
    }

    public AuditQuery withObject(AuditObject o) {
        return new AuditQuery(o, user, event, from, to, page, size, purpose);
    }

    public AuditQuery withUser(String u) {
        return new AuditQuery(object, u, event, from, to, page, size, purpose);
    }

    public AuditQuery withEvent(AuditEventType e) {
        return new AuditQuery(object, user, e, from, to, page, size, purpose);
    }

    public AuditQuery between(Instant fromInclusive, Instant toExclusive) {
        return new AuditQuery(object, user, event, fromInclusive, toExclusive, page, size, purpose);
    }

    public AuditQuery withPage(int p, int s) {
        return new AuditQuery(object, user, event, from, to, p, s, purpose);
    }

    public AuditQuery withPurpose(String why) {
        return new AuditQuery(object, user, event, from, to, page, size, why);
    }

    /** The filters as the detail of the AUDIT_READ record: what the auditor asked to see. */
    Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        if (object != null) d.put("object", object.key());
        if (user != null) d.put("user", user);
        if (event != null) d.put("event", event.name());
        if (from != null) d.put("from", Canonical.AT.format(from));
        if (to != null) d.put("to", Canonical.AT.format(to));
        d.put("page", Integer.toString(page));
        d.put("size", Integer.toString(size));
        return d;
    }
}
