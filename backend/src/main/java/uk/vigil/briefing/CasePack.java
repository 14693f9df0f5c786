package uk.vigil.briefing;

import java.util.List;
import java.util.Map;

/**
 * One case's briefing, as the viewer may see it. {@code flags} summarises what needs the chair's
 * attention (overdue actions, empty pillars, open conflicts, disclosure reviews due, home visits
 * below the minimum); {@code withheld} names sections left out for the viewer's agency.
 */
public record CasePack(Map<String, Object> identity, Map<String, Object> mappaCase, Map<String, Object> meeting,
                       Object lastReview, Object since, List<Map<String, Object>> levelHistory,
                       Map<String, Object> rosh, List<Map<String, Object>> assessments,
                       List<Map<String, Object>> orders, List<Map<String, Object>> victims,
                       List<Map<String, Object>> conflicts, List<Map<String, Object>> intelligence,
                       List<Map<String, Object>> events, Map<String, Object> lastMeeting,
                       List<Map<String, Object>> actions, Map<String, Object> plan,
                       List<Map<String, Object>> disclosures, Map<String, Object> homeVisits,
                       Map<String, Object> flags, List<String> withheld) {
}
