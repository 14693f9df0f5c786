package uk.vigil.investigation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;

/** A record a chart includes: a person, address, vehicle, device (phone) or account, by kind and id. */
public record RecordRef(String kind, String id) {
    static final Set<String> KINDS = Set.of("PERSON", "ADDRESS", "VEHICLE", "DEVICE", "ACCOUNT");

    static RecordRef of(String kind, String id, String where) {
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new InvalidRequestException(where + ": kind must be one of PERSON, ADDRESS, VEHICLE, DEVICE, ACCOUNT");
        }
        if (id == null || !id.strip().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequestException(where + ": id must be a record id (letters, digits, - and _)");
        }
        return new RecordRef(k, id.strip());
    }

    /** The network's node key, e.g. {@code PERSON:N1}. */
    public String key() {
        return kind + ":" + id;
    }

    Map<String, Object> cypher() {
        return Map.of("kind", kind, "id", id);
    }
}
