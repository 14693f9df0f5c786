package uk.vigil.network;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;

/**
 * A checked expansion request: start record, hops 1..4, link types from the allowlist, the time
 * window, and the degree cap above which a node's neighbours of one type are collapsed (1..100).
 */
public record NetworkRequest(String id, String kind, int hops, Set<LinkType> types, Window window, int cap) {
    public static final int MAX_HOPS = 4;
    public static final int MAX_NODES = 500;
    /** Neighbours of one type drawn before they collapse into a count, unless the request says otherwise. */
    public static final int DEFAULT_CAP = 25;
    static final Set<String> KINDS = Set.of("PERSON", "ADDRESS", "VEHICLE", "DEVICE", "ACCOUNT");

    public static NetworkRequest of(Map<String, String> q) {
        String id = recordId(q.get("id"), "id");
        String kind = kind(q.get("kind"));
        int hops = number(q.get("hops"), "hops", 2, 1, MAX_HOPS);
        int cap = number(q.get("cap"), "cap", DEFAULT_CAP, 1, 100);
        return new NetworkRequest(id, kind, hops, LinkType.parse(q.get("types")),
                Window.parse(q.get("at"), q.get("from"), q.get("to")), cap);
    }

    static String recordId(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException(name + " is required: the id of a person, address, vehicle, device or account");
        }
        if (!id.strip().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequestException(name + " must be a record id (letters, digits, - and _)");
        }
        return id.strip();
    }

    static String kind(String kind) {
        String k = kind == null || kind.isBlank() ? "PERSON" : kind.strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new InvalidRequestException("kind must be one of PERSON, ADDRESS, VEHICLE, DEVICE, ACCOUNT");
        }
        return k;
    }

    static int number(String text, String name, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int v;
        try {
            v = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number from " + min + " to " + max);
        }
        if (v < min || v > max) {
            throw new InvalidRequestException(name + " must be from " + min + " to " + max);
        }
        return v;
    }
}
