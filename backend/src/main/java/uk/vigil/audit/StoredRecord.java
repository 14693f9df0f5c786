package uk.vigil.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Type;
import org.neo4j.driver.types.TypeSystem;
import org.neo4j.driver.types.Node;

/**
 * How an {@link AuditRecord} sits on an {@code (:AuditRecord)} node, and back. Reading is strict:
 * a property of the wrong type or one that should not be there is reported by name, because on an
 * append-only record any such difference is tampering.
 */
final class StoredRecord {
    static final Set<String> PROPERTIES = Set.of("seq", "at", "user", "agency", "roles", "session", "ip", "event",
            "objects", "outcome", "purpose", "detail", "prevHash", "hash");
    private static final TypeSystem TYPES = TypeSystem.getDefault();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> DETAIL = new TypeReference<>() {
    };

    private StoredRecord() {
    }

    /** A stored field that is missing, of the wrong type or unexpected. */
    static final class MalformedException extends RuntimeException {
        MalformedException(String message) {
            super(message);
        }
    }

    static Map<String, Object> properties(AuditRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("seq", r.seq());
        p.put("at", r.at().atZone(ZoneOffset.UTC));
        p.put("user", r.actor().username());
        p.put("agency", r.actor().agency());
        p.put("roles", r.actor().roles().stream().sorted(Canonical.CODE_POINT_ORDER).toList());
        p.put("session", r.actor().sessionId());
        p.put("ip", r.actor().sourceIp());
        p.put("event", r.event().name());
        p.put("objects", r.objects().stream().map(AuditObject::key).toList());
        p.put("outcome", r.outcome());
        p.put("purpose", r.purpose());
        p.put("detail", detailJson(r.detail()));
        p.put("prevHash", r.prevHash());
        p.put("hash", r.hash());
        return p;
    }

    static AuditRecord read(Node node) {
        try {
            return readStrictly(node);
        } catch (IllegalArgumentException e) { // a value the records themselves refuse, e.g. a blank user
            throw new MalformedException(e.getMessage());
        }
    }

    private static AuditRecord readStrictly(Node node) {
        for (String key : node.keys()) {
            if (!PROPERTIES.contains(key)) {
                throw new MalformedException("unexpected property '" + key + "'");
            }
        }
        Value seq = required(node, "seq", TYPES.INTEGER());
        Instant at = required(node, "at", TYPES.DATE_TIME()).asZonedDateTime().toInstant();
        if (at.getNano() % 1_000_000 != 0) {
            throw new MalformedException("'at' has more precision than milliseconds");
        }
        AuditActor actor = new AuditActor(required(node, "user", TYPES.STRING()).asString(), optional(node, "agency"),
                Set.copyOf(strings(node, "roles")), optional(node, "session"), optional(node, "ip"));
        List<AuditObject> objects;
        try {
            objects = strings(node, "objects").stream().map(AuditObject::fromKey).toList();
        } catch (IllegalArgumentException e) {
            throw new MalformedException("'objects' holds an invalid key: " + e.getMessage());
        }
        return new AuditRecord(seq.asLong(), at, actor,
                named(AuditEventType.class, node, "event"), objects, outcome(node),
                optional(node, "purpose"), detail(required(node, "detail", TYPES.STRING()).asString()),
                required(node, "prevHash", TYPES.STRING()).asString(), required(node, "hash", TYPES.STRING()).asString());
    }

    static String detailJson(Map<String, String> detail) {
        try {
            Map<String, String> sorted = new TreeMap<>(Canonical.CODE_POINT_ORDER);
            sorted.putAll(detail);
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> detail(String json) {
        try {
            Map<String, String> detail = JSON.readValue(json, DETAIL);
            if (detail == null || detail.containsKey(null) || detail.containsValue(null)) {
                throw new MalformedException("'detail' holds a null");
            }
            return detail;
        } catch (JsonProcessingException e) {
            throw new MalformedException("'detail' is not a JSON object of strings");
        }
    }

    private static Value required(Node node, String key, Type type) {
        Value v = node.get(key);
        if (v.isNull()) {
            throw new MalformedException("'" + key + "' is missing");
        }
        if (!v.hasType(type)) {
            throw new MalformedException("'" + key + "' is " + v.type().name() + ", not " + type.name());
        }
        return v;
    }

    private static String optional(Node node, String key) {
        return node.get(key).isNull() ? null : required(node, key, TYPES.STRING()).asString();
    }

    private static List<String> strings(Node node, String key) {
        List<Object> items = required(node, key, TYPES.LIST()).asList();
        for (Object item : items) {
            if (!(item instanceof String)) {
                throw new MalformedException("'" + key + "' holds a non-string");
            }
        }
        return items.stream().map(String.class::cast).toList();
    }

    private static String outcome(Node node) {
        String outcome = required(node, "outcome", TYPES.STRING()).asString();
        if (!AuditOutcome.valid(outcome)) {
            throw new MalformedException("'outcome' is not an upper-case word: " + outcome);
        }
        return outcome;
    }

    private static <E extends Enum<E>> E named(Class<E> type, Node node, String key) {
        String name = required(node, key, TYPES.STRING()).asString();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new MalformedException("'" + key + "' is not a known value: " + name);
        }
    }
}
