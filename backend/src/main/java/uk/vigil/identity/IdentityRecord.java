package uk.vigil.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One nominal as duplicate detection compares it (identity/people.cypher). */
record IdentityRecord(String id, String forename, String surname, LocalDate dob, String pncId, List<List<String>> names,
                      Set<String> devices, Set<String> homes, Set<String> decided) {

    static IdentityRecord of(Record r) {
        String forename = text(r.get("forename"));
        String surname = text(r.get("surname"));
        List<List<String>> names = new java.util.ArrayList<>();
        names.add(java.util.Arrays.asList(forename, surname));
        for (Value alias : r.get("aliases").values()) {
            List<Object> pair = alias.asList();
            names.add(java.util.Arrays.asList((String) pair.get(0), (String) pair.get(1)));
        }
        return new IdentityRecord(r.get("id").asString(), forename, surname,
                r.get("dob").isNull() ? null : r.get("dob").asLocalDate(), text(r.get("pncId")), List.copyOf(names),
                Set.copyOf(r.get("devices").asList(Value::asString)), Set.copyOf(r.get("homes").asList(Value::asString)),
                Set.copyOf(r.get("decided").asList(Value::asString)));
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", id);
        m.put("forename", forename);
        m.put("surname", surname);
        m.put("dob", dob);
        m.put("pncId", pncId);
        return m;
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
