package uk.vigil.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.TypeSystem;
import uk.vigil.audit.VerificationResult.Kind;
import uk.vigil.audit.VerificationResult.Problem;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * One verification run: walks the records in seq order, page by page, checking each against the
 * one before it and its own HMAC, then the head, stray records and the anchor. Holds where the
 * walk is and what it has seen; used once.
 */
final class ChainWalk {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final Graph graph;
    private final AuditKey key;
    private final int pageSize;
    private final AuditVerifier.Anchor anchor;
    private Head head;
    private long checked;
    private long last;
    private String lastHash = AuditTrail.GENESIS;

    private record Head(long seq, String hash, String keyId) {
    }

    ChainWalk(Graph graph, AuditKey key, int pageSize, AuditVerifier.Anchor anchor) {
        this.graph = graph;
        this.key = key;
        this.pageSize = pageSize;
        this.anchor = anchor;
    }

    VerificationResult run() {
        head = readHead();
        if (head != null && head.seq() < 0) {
            return result(new Problem(Kind.HEAD_MISMATCH, 0, "the chain head's seq is not a whole number"));
        }
        if (head != null && !key.id().equals(head.keyId())) {
            return result(new Problem(Kind.WRONG_KEY, 0, "the chain was written with key id " + head.keyId()
                    + ", the key given has id " + key.id()));
        }
        Problem problem = walk();
        if (problem == null) problem = checkHead();
        if (problem == null) problem = checkStrays();
        if (problem == null) problem = checkAnchorReached();
        return result(problem);
    }

    private Problem walk() {
        while (true) {
            List<Record> page = graph.read(tx -> tx.run(CypherFiles.query("audit/verify-records"),
                    Map.of("after", last, "limit", pageSize)).list());
            if (page.isEmpty()) {
                return null;
            }
            for (Record row : page) {
                Problem problem = check(row.get("r").asNode(), row.get("touched"));
                if (problem != null) {
                    return problem;
                }
            }
        }
    }

    private Problem check(Node node, Value touched) {
        long expected = last + 1;
        Value seqValue = node.get("seq");
        if (!seqValue.hasType(TYPES.INTEGER())) {
            return new Problem(Kind.OUT_OF_CHAIN, expected, "a record with seq " + seqValue + " (not a whole number)");
        }
        long seq = seqValue.asLong();
        if (seq < expected) {
            return new Problem(Kind.OUT_OF_CHAIN, seq, "a second record claims seq " + seq);
        }
        if (seq > expected) {
            return new Problem(Kind.MISSING, expected, seq == expected + 1 ? "record " + expected + " is missing"
                    : "records " + expected + " to " + (seq - 1) + " are missing");
        }
        if (head != null && seq > head.seq()) {
            head = readHead(); // a record appended while we walk moves the head on with it
            if (head == null || seq > head.seq()) {
                return new Problem(Kind.OUT_OF_CHAIN, seq, "the record is beyond the chain head ("
                        + (head == null ? "gone" : "seq " + head.seq()) + "): it was added outside the audit trail");
            }
        }
        AuditRecord record;
        try {
            record = StoredRecord.read(node);
        } catch (StoredRecord.MalformedException e) {
            return new Problem(Kind.EDITED, seq, e.getMessage());
        }
        if (!key.sign(Canonical.message(record)).equals(record.hash())) {
            return new Problem(Kind.EDITED, seq, "its fields do not match its hash: changed after it was written"
                    + " (or written without the key)");
        }
        if (!record.prevHash().equals(lastHash)) {
            return new Problem(Kind.BROKEN_LINK, seq, "its prevHash is not the hash of record " + last
                    + ": a record before it was removed or replaced, or it was moved here");
        }
        Set<String> stored = new HashSet<>(record.objects().stream().map(AuditObject::key).toList());
        Set<String> linked = new HashSet<>(touched.asList(v -> v.hasType(TYPES.STRING()) ? v.asString() : "(not an audit object)"));
        if (!stored.equals(linked) || touched.size() != stored.size()) {
            return new Problem(Kind.INDEX_MISMATCH, seq, "its TOUCHED links " + linked
                    + " do not match the objects it records " + stored);
        }
        if (anchor != null && anchor.seq() == seq && !anchor.hash().equals(record.hash())) {
            return new Problem(Kind.ANCHOR_MISMATCH, seq, "the anchored hash " + anchor.hash()
                    + " does not match this record's hash " + record.hash() + ": the chain was rewritten from here or before");
        }
        checked++;
        last = seq;
        lastHash = record.hash();
        return null;
    }

    private Problem checkHead() {
        while (true) {
            head = readHead();
            if (head == null) {
                return checked == 0 ? null : new Problem(Kind.HEAD_MISMATCH, last,
                        "the chain head is gone but " + checked + " records remain");
            }
            if (head.seq() <= last) {
                break;
            }
            long before = last;
            Problem more = walk(); // records committed since the walk ended come with the head
            if (more != null) {
                return more;
            }
            if (last == before) {
                return new Problem(Kind.TRUNCATED, last + 1, "the head counts " + head.seq()
                        + " records but the last one is seq " + last + ": the tail was deleted");
            }
        }
        if (head.seq() < last) {
            return new Problem(Kind.OUT_OF_CHAIN, head.seq() + 1, "records run past the head (seq " + head.seq() + ")");
        }
        if (!lastHash.equals(head.hash())) {
            return new Problem(Kind.HEAD_MISMATCH, last, "the head's hash is not the hash of the last record");
        }
        return null;
    }

    private Problem checkStrays() {
        long seen = graph.read(tx -> tx.run(CypherFiles.query("audit/verify-strays"), Map.of("last", last))
                .single().get("records").asLong());
        return seen == checked ? null : new Problem(Kind.OUT_OF_CHAIN, 0, (seen - checked)
                + " record(s) have no place in the chain (no whole-number seq, seq below 1, or a duplicate seq)");
    }

    private Problem checkAnchorReached() {
        return anchor == null || anchor.seq() <= last ? null : new Problem(Kind.ANCHOR_MISMATCH, anchor.seq(),
                "the anchored record is gone: the chain ends at seq " + last);
    }

    private VerificationResult result(Problem problem) {
        return new VerificationResult(checked, head == null ? 0 : head.seq(), head == null ? null : head.hash(), problem);
    }

    private Head readHead() {
        return graph.read(tx -> {
            Record r = tx.run(CypherFiles.query("audit/head")).single();
            Value seq = r.get("seq");
            if (seq.isNull()) {
                return null;
            }
            return new Head(seq.hasType(TYPES.INTEGER()) ? seq.asLong() : -1, text(r.get("hash")), text(r.get("keyId")));
        });
    }

    private static String text(Value v) {
        return v.hasType(TYPES.STRING()) ? v.asString() : null;
    }
}
