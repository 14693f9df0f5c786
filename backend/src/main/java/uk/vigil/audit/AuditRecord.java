package uk.vigil.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stored audit record: its place in the chain ({@code seq}), the UTC time to the millisecond,
 * who, what, which records, how it ended, the purpose given and any detail, and the chain links.
 * {@code hash} is HMAC-SHA256 over all other fields including {@code prevHash} (see docs/audit.md).
 */
public record AuditRecord(long seq, Instant at, AuditActor actor, AuditEventType event, List<AuditObject> objects,
                          String outcome, String purpose, Map<String, String> detail, String prevHash,
                          String hash) {

    public AuditRecord {
        objects = List.copyOf(objects);
        detail = Map.copyOf(detail);
    }
}
