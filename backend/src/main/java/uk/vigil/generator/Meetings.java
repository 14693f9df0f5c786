package uk.vigil.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The MAPPA meeting calendar of an area: each level 2 or 3 panel meets every four weeks on its own
 * weekday. Level 2 cases are reviewed at every other meeting (8 weeks), level 3 at every one.
 * Everything is computed, so a case's bundle knows its meetings without asking anyone.
 */
final class Meetings {
    static final int CYCLE_DAYS = 28;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    /** One meeting at which a case is on the agenda. */
    record Slot(String id, int level, int panel, LocalDate date, String status, Officer chair) {
        String dateTime() {
            return date + (level == 3 ? "T13:30:00Z" : "T09:30:00Z");
        }

        boolean held() {
            return status.equals("HELD");
        }
    }

    private Meetings() {
    }

    static int panels(AreaWorld area, int level) {
        return level == 3 ? area.level3Panels : area.level2Panels;
    }

    static int panel(AreaWorld area, int level, String caseId) {
        return (int) Math.floorMod(Rng.hash(caseId + "/L" + level), panels(area, level));
    }

    /** The panel's first meeting on or after {@code asOf - 6 years}: a weekday fixed by panel and level. */
    private static LocalDate anchor(int level, int panel, LocalDate asOf) {
        LocalDate monday = asOf.minusYears(6).with(DayOfWeek.MONDAY);
        int k = panel * 2 + level;
        return monday.plusDays((k / 5 % 4) * 7L + k % 5);
    }

    /** The case's meetings at {@code level} between {@code from} and {@code to} (inclusive), looking back at most 3 years. */
    static List<Slot> forCase(AreaWorld area, int level, String caseId, LocalDate from, LocalDate to, LocalDate asOf) {
        int panel = panel(area, level, caseId);
        LocalDate anchor = anchor(level, panel, asOf);
        LocalDate start = Timelines.max(from.plusDays(7), asOf.minusYears(3));
        long first = Math.max(0, Math.floorDiv(start.toEpochDay() - anchor.toEpochDay() + CYCLE_DAYS - 1, CYCLE_DAYS));
        List<Slot> slots = new ArrayList<>();
        for (long n = first; ; n++) {
            LocalDate date = anchor.plusDays(n * CYCLE_DAYS);
            if (date.isAfter(to)) {
                break;
            }
            if (level == 2 && (n - first) % 2 == 1) {
                continue;
            }
            slots.add(slot(area, level, panel, date, asOf));
        }
        return slots;
    }

    static Slot slot(AreaWorld area, int level, int panel, LocalDate date, LocalDate asOf) {
        String id = "MTG-" + area.id() + "-L" + level + "-P" + Identifiers.pad(panel + 1, 2) + "-" + date.format(COMPACT);
        String status = date.isAfter(asOf) ? "PLANNED" : Math.floorMod(Rng.hash(id), 100) < 4 ? "CANCELLED" : "HELD";
        List<Officer> chairs = area.officers("MAPPA_CHAIR");
        Officer chair = chairs.get((panel * 2 + level) % chairs.size());
        return new Slot(id, level, panel, date, status, chair);
    }
}
