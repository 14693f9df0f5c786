package uk.vigil.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;

/**
 * The kinds of link an analyst can follow: the allowlist for the {@code types} parameter. Each maps
 * to the relationship types a path walks ({@code CONVICTED_OF} is person-conviction-offence).
 */
public enum LinkType {
    ASSOCIATED_WITH("ASSOCIATED_WITH"),
    LIVES_AT("LIVES_AT"),
    PROPOSED_ADDRESS("PROPOSED_ADDRESS"),
    WORKS_AT("WORKS_AT"),
    FREQUENTS("FREQUENTS"),
    USES_VEHICLE("USES_VEHICLE"),
    REGISTERED_AT("REGISTERED_AT"),
    USES_DEVICE("USES_DEVICE"),
    USES_ACCOUNT("USES_ACCOUNT"),
    SAME_AS("SAME_AS"),
    CONVICTED_OF("HAS_CONVICTION", "FOR_OFFENCE"),
    MENTIONS("MENTIONS");

    private final List<String> relationships;

    LinkType(String... relationships) {
        this.relationships = List.of(relationships);
    }

    /** Every type but intelligence mentions: the default picture of who is linked to whom. */
    public static final Set<LinkType> DEFAULT = Set.of(ASSOCIATED_WITH, LIVES_AT, PROPOSED_ADDRESS, WORKS_AT, FREQUENTS,
            USES_VEHICLE, REGISTERED_AT, USES_DEVICE, USES_ACCOUNT, SAME_AS, CONVICTED_OF, MENTIONS);

    /** Parses a comma-separated list (case-insensitive); empty or absent = {@link #DEFAULT}. */
    public static Set<LinkType> parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        if (text.length() > 400) {
            throw new InvalidRequestException("types is too long");
        }
        Set<LinkType> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                out.add(LinkType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("types: each must be one of " + Arrays.toString(values()));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidRequestException("types: name at least one of " + Arrays.toString(values()));
        }
        return out;
    }

    static List<String> names(Set<LinkType> types) {
        return types.stream().map(Enum::name).toList();
    }

    static List<String> relationships(Set<LinkType> types) {
        List<String> out = new ArrayList<>();
        types.forEach(t -> out.addAll(t.relationships));
        return out;
    }
}
