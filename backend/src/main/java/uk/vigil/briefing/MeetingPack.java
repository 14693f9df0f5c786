package uk.vigil.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The pack for a whole meeting: a cover summary (one line per case) and one {@link CasePack} per case on the agenda. */
public record MeetingPack(Map<String, Object> meeting, String chair, Instant generatedAt, String generatedBy,
                          List<Map<String, Object>> cover, List<CasePack> cases) {
}
