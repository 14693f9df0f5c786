package uk.vigil.audit;

import uk.vigil.database.Graph;

/**
 * Walks the audit chain in seq order, recomputing every HMAC, and reports the first problem:
 * an edited record, a missing seq, a broken link, a record outside the chain, a cut-off tail, a
 * head that does not match, an edited object index or a wrong key. Reads in pages, so memory stays
 * flat however long the chain; appends may continue while it runs.
 */
public final class AuditVerifier {
    static final int PAGE = 2_000;
    static final int ATTEMPTS = 3;

    private final Graph graph;
    private final AuditKey key;
    private final int pageSize;

    public AuditVerifier(Graph graph, AuditKey key) {
        this(graph, key, PAGE);
    }

    AuditVerifier(Graph graph, AuditKey key, int pageSize) {
        this.graph = graph;
        this.key = key;
        this.pageSize = pageSize;
    }

    /** A record's seq and hash noted somewhere the database's administrators cannot change. */
    public record Anchor(long seq, String hash) {
        /** Parses {@code SEQ:HASH}, as printed by {@link VerificationResult#describe()}. */
        public static Anchor parse(String text) {
            String[] parts = text.strip().split(":", 2);
            try {
                if (parts.length == 2 && parts[1].matches("[0-9a-f]{64}")) {
                    return new Anchor(Long.parseLong(parts[0]), parts[1]);
                }
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
            throw new IllegalArgumentException("An anchor is SEQ:HASH (64 lower-case hex digits), got " + text);
        }
    }

    public VerificationResult verify() {
        return verify(null);
    }

    /**
     * Also checks that the record at the anchor's seq still has the anchor's hash, which catches a
     * tail cut off together with a rewound head.
     */
    public VerificationResult verify(Anchor anchor) {
        // Neo4j reads are read-committed, not snapshots: a walk that meets an append being committed
        // can see half of it. Tampering stays put; a race does not. So a problem counts once it is
        // found on consecutive walks.
        VerificationResult result = new ChainWalk(graph, key, pageSize, anchor).run();
        for (int attempt = 1; !result.valid() && attempt < ATTEMPTS; attempt++) {
            pause();
            result = new ChainWalk(graph, key, pageSize, anchor).run();
        }
        return result;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
