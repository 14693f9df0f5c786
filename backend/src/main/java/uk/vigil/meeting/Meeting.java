package uk.vigil.meeting;

import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A MAPP meeting (level 2) or panel (level 3), mapped by Spring Data Neo4j. */
@Node("Meeting")
public class Meeting {
    @Id
    private final String id;
    private final String area;
    private final Integer level;
    private final ZonedDateTime date;
    private final String status;
    private final String marking;

    @Relationship("CHAIRED_BY")
    private final MeetingOfficer chair;

    @Relationship("DISCUSSES")
    private final List<AgendaCase> cases;

    public Meeting(String id, String area, Integer level, ZonedDateTime date, String status, String marking,
                   MeetingOfficer chair, List<AgendaCase> cases) {
        this.id = id;
        this.area = area;
        this.level = level;
        this.date = date;
        this.status = status;
        this.marking = marking;
        this.chair = chair;
        this.cases = cases;
    }

    public String getId() {
        return id;
    }

    public String getArea() {
        return area;
    }

    public Integer getLevel() {
        return level;
    }

    public ZonedDateTime getDate() {
        return date;
    }

    public String getStatus() {
        return status;
    }

    public String getMarking() {
        return marking;
    }

    public MeetingOfficer getChair() {
        return chair;
    }

    public List<AgendaCase> getCases() {
        return cases;
    }
}
