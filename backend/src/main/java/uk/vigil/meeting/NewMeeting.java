package uk.vigil.meeting;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.vigil.common.InvalidRequestException;

/** {@code POST /api/meetings}: a meeting to plan. */
public record NewMeeting(String area, Integer level, String date, String chairId, List<String> agencies,
                         List<String> invitees) {

    static final int MAX_INVITED = 100;

    /** The checked request, or 400 with what to fix. */
    NewMeeting check() {
        if (area == null || area.isBlank()) {
            throw new InvalidRequestException("area is required");
        }
        if (level == null || (level != 2 && level != 3)) {
            throw new InvalidRequestException("level must be 2 (MAPP meeting) or 3 (panel)");
        }
        when();
        List<String> a = agencies == null ? List.of() : agencies;
        List<String> i = invitees == null ? List.of() : invitees;
        if (a.size() > MAX_INVITED || i.size() > MAX_INVITED) {
            throw new InvalidRequestException("at most " + MAX_INVITED + " agencies and " + MAX_INVITED + " invitees");
        }
        if (a.stream().anyMatch(x -> x == null || x.isBlank() || x.length() > 200)
                || i.stream().anyMatch(x -> x == null || x.isBlank() || x.length() > 200)) {
            throw new InvalidRequestException("agency and invitee ids must be non-empty ids");
        }
        return new NewMeeting(area.strip(), level, date.strip(), chairId == null || chairId.isBlank() ? null : chairId.strip(),
                a.stream().distinct().toList(), i.stream().distinct().toList());
    }

    /** The date and time, with an offset: {@code 2027-01-10T09:30:00Z}. */
    OffsetDateTime when() {
        if (date == null || date.isBlank()) {
            throw new InvalidRequestException("date is required (ISO date and time, e.g. 2027-01-10T09:30:00Z)");
        }
        try {
            return OffsetDateTime.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("date must be an ISO date and time with an offset, e.g. 2027-01-10T09:30:00Z");
        }
    }
}
