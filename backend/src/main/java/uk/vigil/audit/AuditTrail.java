package uk.vigil.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * The audit trail: appends records to one HMAC-keyed hash chain and answers the auditor's
 * queries. There is deliberately no way to change or remove a record through this class.
 *
 * <p>An append is one write transaction: lock and advance the chain head, compute the record's
 * HMAC over its canonical form and the previous hash, create the record, move the head. Appends
 * from many threads or processes queue on the head's lock, so the chain never forks. If the record
 * cannot be written the caller gets {@link AuditUnavailableException} and must refuse the action.
 */
public final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    /** The prevHash of the first record. */
    static final String GENESIS = "0".repeat(64);
    static final int MAX_OBJECTS = 5_000;
    static final int MAX_DETAIL_ENTRIES = 32;
    static final int MAX_DETAIL_KEY = 64;
    /** Longer purposes and detail values (a pasted search text) are cut to this many code points. */
    static final int MAX_TEXT = 4_000;

    private final Graph graph;
    private final AuditKey key;
    private final Clock clock;

    public AuditTrail(Graph graph, AuditKey key, Clock clock) {
        this.graph = graph;
        this.key = key;
        this.clock = clock;
    }

    public AuditTrail(Graph graph, AuditKey key) {
        this(graph, key, Clock.systemUTC());
    }

    /**
     * Records one event and returns it as stored. {@code objects}, {@code purpose} and
     * {@code detail} may be null; detail entries with null values are left out.
     *
     * @throws AuditUnavailableException if the record could not be written: refuse the action
     * @throws IllegalArgumentException if the arguments are not a valid record (a programming error)
     */
    public AuditRecord append(AuditActor actor, AuditEventType event, List<AuditObject> objects, String outcome,
                              String purpose, Map<String, String> detail) {
        return appendAll(actor, List.of(new Entry(event, objects, outcome, purpose, detail))).get(0);
    }

    /** One record to append with {@link #appendAll}: the arguments of {@link #append} after the actor. */
    public record Entry(AuditEventType event, List<AuditObject> objects, String outcome, String purpose,
                        Map<String, String> detail) {
    }

    /**
     * Records several events of one actor, each its own record on the chain (in the order given), in
     * one write transaction: all are written or none is. A meeting's briefing pack audits each case's
     * person this way, so 30 cases cost one commit instead of 30.
     *
     * @throws AuditUnavailableException if the records could not be written: refuse the action
     * @throws IllegalArgumentException if an entry is not a valid record (a programming error)
     */
    public List<AuditRecord> appendAll(AuditActor actor, List<Entry> entries) {
        if (actor == null || entries.stream().anyMatch(e -> e.event() == null)) {
            throw new IllegalArgumentException("An audit record needs an actor and an event type");
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Entry> checked = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (!AuditOutcome.valid(e.outcome())) {
                throw new IllegalArgumentException("An audit outcome is an upper-case word such as OK or DENIED, got " + e.outcome());
            }
            checked.add(new Entry(e.event(), distinct(e.objects()), e.outcome(), cut(e.purpose()), bounded(e.detail())));
        }
        AuditEventType first = checked.get(0).event();
        try {
            return graph.write(tx -> {
                List<AuditRecord> written = new ArrayList<>(checked.size());
                for (Entry e : checked) {
                    Record head = tx.run(CypherFiles.query("audit/advance-head"),
                            Map.of("genesis", GENESIS, "keyId", key.id())).single();
                    if (!key.id().equals(head.get("keyId").asString(null))) {
                        throw new AuditUnavailableException("The audit key is not the key this audit chain was started with;"
                                + " restore the original " + AuditKey.FILE + " or " + AuditKey.ENV);
                    }
                    long seq = head.get("seq").asLong();
                    String prevHash = head.get("prevHash").asString();
                    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS); // after the lock: time follows seq
                    String hash = key.sign(Canonical.message(seq, prevHash, at, actor, e.event(), e.objects(), e.outcome(),
                            e.purpose(), e.detail()));
                    AuditRecord record = new AuditRecord(seq, at, actor, e.event(), e.objects(), e.outcome(), e.purpose(),
                            e.detail(), prevHash, hash);
                    tx.run(CypherFiles.query("audit/append"),
                            Map.of("record", StoredRecord.properties(record), "objects", objectRows(e.objects()))).consume();
                    written.add(record);
                }
                return written;
            });
        } catch (AuditUnavailableException e) {
            LOG.error("Audit trail refused {} by {}: {}", first, actor.username(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Audit trail unavailable: could not record {} by {}", first, actor.username(), e);
            throw new AuditUnavailableException("The audit trail could not record " + first, e);
        }
    }

    /**
     * One page of records matching the query, newest first. The read is itself audited: an
     * {@link AuditEventType#AUDIT_READ} record with the filters is appended first, and if it
     * cannot be, nothing is returned.
     */
    public AuditPage query(AuditActor reader, AuditQuery q) {
        append(reader, AuditEventType.AUDIT_READ, List.of(), AuditOutcome.OK, q.purpose(), q.describe());
        Map<String, Object> params = new HashMap<>();
        params.put("object", q.object() == null ? null : q.object().key());
        params.put("user", q.user());
        params.put("event", q.event() == null ? null : q.event().name());
        params.put("from", q.from() == null ? null : q.from().atZone(ZoneOffset.UTC));
        params.put("to", q.to() == null ? null : q.to().atZone(ZoneOffset.UTC));
        params.put("skip", (long) q.page() * q.size());
        params.put("limit", q.size() + 1L);
        String cypher = CypherFiles.query("audit/" + chooseQuery(q, params));
        try {
            List<AuditRecord> rows = graph.read(tx -> tx.run(cypher, params).list(r -> StoredRecord.read(r.get("r").asNode())));
            boolean more = rows.size() > q.size();
            return new AuditPage(more ? rows.subList(0, q.size()) : rows, q.page(), q.size(), more);
        } catch (StoredRecord.MalformedException e) {
            throw new AuditUnavailableException("An audit record is damaged (" + e.getMessage() + "); run vigil audit-verify", e);
        } catch (RuntimeException e) {
            throw new AuditUnavailableException("The audit trail could not be read", e);
        }
    }

    /**
     * Picks the query that starts from the most selective filter; the others filter its rows.
     * The time-only query needs both ends of the range, so open ends are filled in here.
     */
    private static String chooseQuery(AuditQuery q, Map<String, Object> params) {
        if (q.object() != null) return "by-object";
        if (q.user() != null) return "by-user";
        if (q.event() != null) return "by-event";
        if (q.from() != null || q.to() != null) {
            if (q.from() == null) params.put("from", Instant.EPOCH.atZone(ZoneOffset.UTC));
            if (q.to() == null) params.put("to", Instant.parse("9999-12-31T23:59:59Z").atZone(ZoneOffset.UTC));
            return "by-time";
        }
        return "newest";
    }

    private static List<AuditObject> distinct(List<AuditObject> objects) {
        if (objects == null) {
            return List.of();
        }
        List<AuditObject> unique = List.copyOf(new LinkedHashSet<>(objects)); // refuses a null object
        if (unique.size() > MAX_OBJECTS) {
            throw new IllegalArgumentException("An audit record can name at most " + MAX_OBJECTS
                    + " objects; record the selection (filters) in detail instead");
        }
        return unique;
    }

    private static Map<String, String> bounded(Map<String, String> detail) {
        Map<String, String> out = new LinkedHashMap<>();
        if (detail == null) {
            return out;
        }
        detail.forEach((k, v) -> {
            if (k == null || k.isBlank() || k.length() > MAX_DETAIL_KEY) {
                throw new IllegalArgumentException("Audit detail keys must have 1 to " + MAX_DETAIL_KEY + " characters");
            }
            if (v != null) {
                out.put(k, cut(v));
            }
        });
        if (out.size() > MAX_DETAIL_ENTRIES) {
            throw new IllegalArgumentException("Audit detail can hold at most " + MAX_DETAIL_ENTRIES + " entries");
        }
        return out;
    }

    private static String cut(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
    }

    private static List<Map<String, String>> objectRows(List<AuditObject> objects) {
        List<Map<String, String>> rows = new ArrayList<>(objects.size());
        for (AuditObject o : objects) {
            rows.add(Map.of("key", o.key(), "type", o.type(), "id", o.id()));
        }
        return rows;
    }
}
