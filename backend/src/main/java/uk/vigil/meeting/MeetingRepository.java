package uk.vigil.meeting;

import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Reach it through {@link MeetingService}. */
interface MeetingRepository extends Neo4jRepository<Meeting, String> {

    List<Meeting> findByAreaAndDateGreaterThanEqualOrderByDateAsc(String area, ZonedDateTime from);
}
