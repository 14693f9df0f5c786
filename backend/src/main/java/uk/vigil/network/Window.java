package uk.vigil.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.vigil.common.InvalidRequestException;

/**
 * The time a network or path is drawn for: a link counts when it held at some time in
 * [since, until] (time lives on relationships: {@code from}, {@code to}). {@code at} = one day;
 * nothing = all time.
 */
public record Window(LocalDate since, LocalDate until) {
    static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public static Window allTime() {
        return new Window(EARLIEST, LATEST);
    }

    public static Window parse(String at, String from, String to) {
        if (at != null && !at.isBlank()) {
            if ((from != null && !from.isBlank()) || (to != null && !to.isBlank())) {
                throw new InvalidRequestException("Give either at, or from and/or to, not both");
            }
            LocalDate day = date("at", at);
            return new Window(day, day);
        }
        LocalDate since = from == null || from.isBlank() ? EARLIEST : date("from", from);
        LocalDate until = to == null || to.isBlank() ? LATEST : date("to", to);
        if (since.isAfter(until)) {
            throw new InvalidRequestException("from must not be after to");
        }
        return new Window(since, until);
    }

    boolean isAllTime() {
        return since.equals(EARLIEST) && until.equals(LATEST);
    }

    private static LocalDate date(String name, String text) {
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 1900 || d.getYear() > 2200) {
                throw new InvalidRequestException(name + " must be a date between 1900 and 2200");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date like 2024-03-31");
        }
    }
}
