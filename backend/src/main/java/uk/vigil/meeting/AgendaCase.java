package uk.vigil.meeting;

import java.time.LocalDate;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A MAPPA case as an agenda lists it. */
@Node("MappaCase")
public record AgendaCase(@Id String id, Integer category, Integer level, String status, LocalDate nextReviewDate) {
}
