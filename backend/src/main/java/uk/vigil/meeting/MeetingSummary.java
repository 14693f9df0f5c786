package uk.vigil.meeting;

import java.time.ZonedDateTime;

/** One line of the meetings list. */
public record MeetingSummary(String id, ZonedDateTime date, Integer level, String status, String chair, int cases) {
}
