package uk.vigil.audit;

import java.util.regex.Pattern;

/**
 * A record an action touched, e.g. {@code PERSON N123}. The type is an upper-case name such as
 * {@code PERSON}, {@code CASE}, {@code ADDRESS} or {@code USER}; the id is the record's own key.
 */
public record AuditObject(String type, String id) {
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public AuditObject {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Audit object type must be upper case letters, digits or _, got " + type);
        }
        if (id == null || id.isEmpty() || id.length() > 200) {
            throw new IllegalArgumentException("Audit object id must have 1 to 200 characters");
        }
    }

    public static AuditObject person(String id) {
        return new AuditObject("PERSON", id);
    }

    public static AuditObject mappaCase(String id) {
        return new AuditObject("CASE", id);
    }

    /** {@code TYPE:id}, the form stored on the record and on its {@code :AuditObject} index node. */
    public String key() {
        return type + ":" + id;
    }

    /** The inverse of {@link #key()}: the type never contains a colon, so the first one splits. */
    static AuditObject fromKey(String key) {
        int colon = key.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("Not an audit object key: " + key);
        }
        return new AuditObject(key.substring(0, colon), key.substring(colon + 1));
    }
}
