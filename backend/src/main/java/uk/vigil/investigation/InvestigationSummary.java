package uk.vigil.investigation;

import org.neo4j.driver.Value;

/** One row of the investigations list: no chart state, only counts. */
public record InvestigationSummary(String id, String name, String description, String createdBy, String createdByAgency,
                                   String createdAt, String updatedAt, long version, int records, int charts, int searches) {

    static InvestigationSummary of(Value i, int records, int charts, int searches) {
        return new InvestigationSummary(i.get("id").asString(), i.get("name").asString(), text(i.get("description")),
                i.get("createdBy").asString(), text(i.get("createdByAgency")), time(i.get("createdAt")), time(i.get("updatedAt")),
                i.get("version").asLong(), records, charts, searches);
    }

    static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    /** Stored as a DateTime; answered as ISO-8601 text. */
    static String time(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().toOffsetDateTime().toString();
    }
}
