package uk.vigil.meeting;

import java.util.List;

/** {@code POST /api/meetings/{id}/attendance}: the attendance register and the minutes summary. */
public record Attendance(List<Entry> attendance, String minutes) {

    /** One officer, present or not. */
    public record Entry(String officerId, Boolean attended) {
    }
}
