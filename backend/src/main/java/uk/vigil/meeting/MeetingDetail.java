package uk.vigil.meeting;

import java.util.List;
import java.util.Map;
import uk.vigil.agenda.AgendaItem;

/**
 * A meeting page: the meeting, its chair, who is invited, and the agenda (on it, then proposed);
 * {@code level1Omitted} ({@code count}, {@code byTrigger}) the level 1 cases with a new event left off the
 * proposals by {@code VIGIL_AGENDA_LEVEL1_EVENTS} (null on a level 3 meeting and for duty-to-co-operate members);
 * {@code youChair} when the viewer is the meeting's chair (who alone records it: the page offers the forms).
 */
public record MeetingDetail(Map<String, Object> meeting, Map<String, Object> chair, List<Map<String, Object>> invitees,
                            List<Map<String, Object>> agencies, List<AgendaItem> agenda, List<AgendaItem> proposed,
                            Map<String, Object> level1Omitted,
                            Map<String, Object> rules, boolean youChair) {
}
