package uk.vigil.meeting;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** The officer view a meeting needs: who chairs it. */
@Node("Officer")
public record MeetingOfficer(@Id String id, String forename, String surname, String role) {
}
