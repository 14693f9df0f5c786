package uk.vigil.audit;

import java.util.List;

/** One page of audit records, newest first; {@code hasMore} says whether a next page exists. */
public record AuditPage(List<AuditRecord> records, int page, int size, boolean hasMore) {
    public AuditPage {
        records = List.copyOf(records);
    }
}
