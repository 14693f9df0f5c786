package uk.vigil.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The bytes a record's HMAC is computed over, version {@code vigil-audit/1}. Every value is
 * self-delimiting, so no two different records share an encoding:
 * <pre>
 *   string = decimal(UTF-8 byte length) ":" UTF-8 bytes      null = "-"
 *   list   = "#" decimal(count) ":" item...
 *   message = "vigil-audit/1" seq prevHash at user agency roles session ip event objects outcome purpose detail
 * </pre>
 * {@code seq} is its decimal digits as a string; {@code at} is {@code uuuu-MM-ddTHH:mm:ss.SSSZ} in
 * UTC; roles is a list sorted by code point; objects a list of (type, id) pairs in stored order;
 * detail a list of (key, value) pairs sorted by key in code point order. docs/audit.md has a test
 * vector.
 */
final class Canonical {
    static final String VERSION = "vigil-audit/1";
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    private Canonical() {
    }

    /** The message for one record; {@code hash} itself is not part of it. */
    static byte[] message(long seq, String prevHash, Instant at, AuditActor actor, AuditEventType event,
                          List<AuditObject> objects, String outcome, String purpose, Map<String, String> detail) {
        Canonical c = new Canonical();
        c.raw(VERSION);
        c.string(Long.toString(seq));
        c.string(prevHash);
        c.string(AT.format(at));
        c.string(actor.username());
        c.string(actor.agency());
        c.list(actor.roles().stream().sorted(CODE_POINT_ORDER).toList());
        c.string(actor.sessionId());
        c.string(actor.sourceIp());
        c.string(event.name());
        c.count(objects);
        for (AuditObject o : objects) {
            c.string(o.type());
            c.string(o.id());
        }
        c.string(outcome);
        c.string(purpose);
        List<String> keys = detail.keySet().stream().sorted(CODE_POINT_ORDER).toList();
        c.count(keys);
        for (String key : keys) {
            c.string(key);
            c.string(detail.get(key));
        }
        return c.out.toByteArray();
    }

    static byte[] message(AuditRecord r) {
        return message(r.seq(), r.prevHash(), r.at(), r.actor(), r.event(), r.objects(), r.outcome(), r.purpose(), r.detail());
    }

    private void string(String value) {
        if (value == null) {
            raw("-");
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        raw(bytes.length + ":");
        out.writeBytes(bytes);
    }

    private void list(List<String> values) {
        count(values);
        values.forEach(this::string);
    }

    private void count(Collection<?> values) {
        raw("#" + values.size() + ":");
    }

    private void raw(String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
