package uk.vigil.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A person a full-text index (or the date-of-birth lookup) found, with what the ranker reads. */
record PersonCandidate(String id, List<String> roles, String forename, String middleNames, String surname,
                       LocalDate dob, String description, String area, Long category, Long level, String rosh, String town,
                       List<Names> aliases, Map<String, String> identifiers, List<Hit> hits) {

    /** A set of names: the person's own or an alias. */
    record Names(String forename, String middleNames, String surname, LocalDate dob) {
    }

    /** Which index found the person, its score, and the text it matched for descriptions and conditions. */
    record Hit(String via, double score, String text) {
    }

    static PersonCandidate from(Record r) {
        List<Names> aliases = new ArrayList<>();
        for (Value a : r.get("aliases").values()) {
            aliases.add(names(a));
        }
        List<Hit> hits = new ArrayList<>();
        for (Value h : r.get("hits").values()) {
            hits.add(new Hit(h.get("via").asString(), h.get("score").asDouble(), h.get("text").asString(null)));
        }
        Map<String, String> identifiers = new java.util.LinkedHashMap<>();
        Value ids = r.get("identifiers");
        if (!ids.isNull()) {
            for (String k : List.of("pncId", "croNo", "crn", "nomsNo", "visorRef")) {
                String v = ids.get(k).asString(null);
                if (v != null) {
                    identifiers.put(k, v);
                }
            }
        }
        return new PersonCandidate(r.get("id").asString(), r.get("roles").asList(Value::asString),
                r.get("forename").asString(null), r.get("middleNames").asString(null), r.get("surname").asString(null),
                date(r.get("dob")), r.get("description").asString(null), r.get("area").asString(null), longOrNull(r.get("category")), longOrNull(r.get("level")),
                r.get("rosh").asString(null), r.get("town").asString(null), aliases, identifiers, hits);
    }

    private static Names names(Value v) {
        return new Names(v.get("forename").asString(null), v.get("middleNames").asString(null),
                v.get("surname").asString(null), date(v.get("dob")));
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static Long longOrNull(Value v) {
        return v == null || v.isNull() ? null : v.asLong();
    }
}
