package uk.vigil.audit;

/**
 * What {@link AuditVerifier} found: how many records it checked, the chain head it checked them
 * against, and the first problem, or none when the chain is intact.
 */
public record VerificationResult(long checked, long headSeq, String headHash, Problem problem) {

    /** The kinds of damage the verifier tells apart. */
    public enum Kind {
        /** The key given is not the key the chain was written with (nothing else was checked). */
        WRONG_KEY,
        /** A record's fields no longer match its HMAC, or a field is missing, mistyped or extra. */
        EDITED,
        /** A seq is absent: the record was deleted. */
        MISSING,
        /** A genuine record whose prevHash is not the hash of the record before it in seq order. */
        BROKEN_LINK,
        /** A record that the chain does not account for: beyond the head, duplicate or stray seq. */
        OUT_OF_CHAIN,
        /** The head counts more records than there are: the tail was cut off. */
        TRUNCATED,
        /** The head's hash does not match the last record, or the head is gone while records remain. */
        HEAD_MISMATCH,
        /** A record's TOUCHED links do not match the objects it names (the look-up index was edited). */
        INDEX_MISMATCH,
        /** An anchored (seq, hash) kept off this host no longer matches the chain. */
        ANCHOR_MISMATCH
    }

    /** The first problem, at the seq where it shows (0 when it is not at one record). */
    public record Problem(Kind kind, long seq, String message) {
    }

    public boolean valid() {
        return problem == null;
    }

    /** One line for people: what is wrong and where, or that all is well and the head to anchor. */
    public String describe() {
        if (valid()) {
            return headSeq == 0
                    ? "Audit trail valid: no records yet."
                    : "Audit trail valid: %d records, seq 1..%d. Head to anchor: %d:%s".formatted(checked, headSeq, headSeq, headHash);
        }
        String where = problem.seq() > 0 ? " at seq " + problem.seq() : "";
        return "Audit trail TAMPERED: " + problem.kind() + where + ": " + problem.message()
                + " (" + checked + " records checked before it)";
    }
}
