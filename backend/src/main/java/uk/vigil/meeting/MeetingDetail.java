package uk.vigil.meeting;

import java.util.List;
import java.util.Map;
import uk.vigil.agenda.AgendaItem;

/**
 * A meeting page: the meeting, its chair, who is invited, and the agenda (on it, then proposed);
 * {@code youChair} when the viewer is the meeting's chair (who alone records it: the page offers the forms).
 */
public record MeetingDetail(Map<String, Object> meeting, Map<String, Object> chair, List<Map<String, Object>> invitees,
                            List<Map<String, Object>> agencies, List<AgendaItem> agenda, List<AgendaItem> proposed,
                            Map<String, Object> rules, boolean youChair) {
}
