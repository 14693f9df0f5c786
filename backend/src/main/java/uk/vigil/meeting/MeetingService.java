package uk.vigil.meeting;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.context.ApplicationContext;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;

/** Meetings of an area. The chair's agenda and briefing packs build on this. */
public final class MeetingService {
    private final MeetingRepository meetings;
    private final RecordAccess access;
    private final Clock clock;

    public MeetingService(ApplicationContext spring, RecordAccess access, Clock clock) {
        this.meetings = spring.getBean(MeetingRepository.class);
        this.access = access;
        this.clock = clock;
    }

    /** Meetings from today on, soonest first. */
    public List<MeetingSummary> upcoming(Viewer viewer, String area) {
        if (!viewer.areas().contains(area)) {
            throw new uk.vigil.common.AccessDeniedException("You do not work in that area");
        }
        ZonedDateTime today = ZonedDateTime.now(clock).toLocalDate().atStartOfDay(clock.getZone());
        return access.readList(viewer, "MEETINGS", java.util.Map.of("area", area), () ->
                meetings.findByAreaAndDateGreaterThanEqualOrderByDateAsc(area, today).stream()
                        .map(m -> new MeetingSummary(m.getId(), m.getDate(), m.getLevel(), m.getStatus(),
                                m.getChair() == null ? null : m.getChair().forename() + " " + m.getChair().surname(),
                                m.getCases() == null ? 0 : m.getCases().size()))
                        .toList());
    }
}
