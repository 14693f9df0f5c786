package uk.vigil.investigation;

import static uk.vigil.investigation.InvestigationSummary.text;
import static uk.vigil.investigation.InvestigationSummary.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One investigation as its viewer may see it: its charts (each a state to replay through the
 * network API), its saved searches and the records it includes. {@code mayDelete}: the viewer is
 * its creator or a supervisor.
 */
public record Investigation(String id, String name, String description, String createdBy, String createdByAgency,
                            String createdAt, String updatedAt, long version, String deletedAt, String deletedBy,
                            boolean mayDelete, List<Chart> charts, List<SavedSearch> searches, List<RecordRef> records) {

    public record Chart(String id, String name, JsonNode state, String createdAt, String createdBy) {
    }

    public record SavedSearch(String id, String kind, JsonNode params, String purpose, String createdAt, String createdBy) {
    }

    static Investigation of(Record row, ObjectMapper json, boolean mayDelete) {
        Value i = row.get("investigation");
        List<Chart> charts = row.get("charts").asList(c -> new Chart(c.get("id").asString(), c.get("name").asString(),
                InvestigationService.parse(c.get("state").asString()), time(c.get("createdAt")), c.get("createdBy").asString()));
        List<SavedSearch> searches = row.get("searches").asList(s -> new SavedSearch(s.get("id").asString(), s.get("kind").asString(),
                InvestigationService.parse(s.get("params").asString()), text(s.get("purpose")), time(s.get("createdAt")),
                s.get("createdBy").asString()));
        List<RecordRef> records = row.get("records").asList(v -> new RecordRef(v.get("kind").asString(), v.get("id").asString()));
        return new Investigation(i.get("id").asString(), i.get("name").asString(), text(i.get("description")),
                i.get("createdBy").asString(), text(i.get("createdByAgency")), time(i.get("createdAt")), time(i.get("updatedAt")),
                i.get("version").asLong(), time(i.get("deletedAt")), text(i.get("deletedBy")), mayDelete, charts, searches, records);
    }
}
