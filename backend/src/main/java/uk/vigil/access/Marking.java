package uk.vigil.access;

import java.util.LinkedHashMap;
import java.util.Map;

/** Government Security Classifications as Vigil uses them, lowest first. */
public enum Marking {
    OFFICIAL, OFFICIAL_SENSITIVE, SECRET;

    public int rank() {
        return ordinal() + 1;
    }

    /** The rank of each marking, for Cypher ({@code $markingRank[n.marking]}); unmarked records rank above all. */
    public static Map<String, Object> ranks() {
        Map<String, Object> ranks = new LinkedHashMap<>();
        for (Marking m : values()) {
            ranks.put(m.name(), m.rank());
        }
        return ranks;
    }
}
