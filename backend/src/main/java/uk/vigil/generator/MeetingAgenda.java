package uk.vigil.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Meetings are only known once the cases on their agendas are: bundles report agenda entries and
 * this collects them (level 2/3 cases only: a few per cent of nominals), then writes meetings,
 * agendas and invitations at the end, each meeting's agenda in case order.
 */
final class MeetingAgenda {
    /** A case on a meeting's agenda, and the duty-to-co-operate officers invited for it. */
    record Entry(Meetings.Slot slot, String areaId, String caseId, List<String> invited) {
    }

    private static final class Meeting {
        final Meetings.Slot slot;
        final String areaId;
        final SortedSet<String> cases = new TreeSet<>();
        final SortedSet<String> invited = new TreeSet<>();

        Meeting(Meetings.Slot slot, String areaId) {
            this.slot = slot;
            this.areaId = areaId;
        }
    }

    private final Map<String, Meeting> meetings = new TreeMap<>();

    void add(List<Entry> entries) {
        for (Entry e : entries) {
            Meeting m = meetings.computeIfAbsent(e.slot().id(), id -> new Meeting(e.slot(), e.areaId()));
            m.cases.add(e.caseId());
            m.invited.addAll(e.invited());
        }
    }

    int size() {
        return meetings.size();
    }

    /** Writes meetings.csv, meeting_cases.csv and meeting_invitations.csv, a thousand meetings at a time. */
    void writeTo(World world, CsvFiles files) throws IOException {
        BlockOutput out = new BlockOutput(null);
        int inBlock = 0;
        for (Meeting m : meetings.values()) {
            if (++inBlock == 1_000) {
                files.append(out);
                out = new BlockOutput(null);
                inBlock = 0;
            }
            Meetings.Slot s = m.slot;
            AreaWorld area = world.areas.stream().filter(a -> a.id().equals(m.areaId)).findFirst().orElseThrow();
            Provenance prov = new Provenance("VISOR", area.officers("MAPPA_COORDINATOR").get(0).id(),
                    Provenance.instant(s.date().minusDays(14), world.asOf, 10 * 60), area.agency("POLICE").id(),
                    Provenance.SENSITIVE);
            out.row(ImportFile.MEETINGS, prov, s.id(), m.areaId, s.level(), s.dateTime(), s.chair().id(), s.status(),
                    minutes(s, m.cases.size()));
            int order = 1;
            for (String caseId : m.cases) {
                out.row(ImportFile.MEETING_CASES, prov, s.id() + "-" + order, s.id(), caseId, order);
                order++;
            }
            List<String> invitees = new ArrayList<>();
            invitees.add(s.chair().id());
            invitees.add(area.officer("MAPPA_COORDINATOR", Rng.hash(s.id())).id());
            invitees.add(area.officer("POLICE_OFFENDER_MANAGER", Rng.hash(s.id())).id());
            invitees.add(area.officer("OFFENDER_MANAGER", Rng.hash(s.id())).id());
            m.invited.stream().filter(o -> !invitees.contains(o)).forEach(invitees::add);
            int n = 1;
            for (String officer : invitees) {
                Boolean attended = s.status().equals("PLANNED") ? null
                        : s.status().equals("HELD") && Math.floorMod(Rng.hash(s.id() + officer), 10) != 0;
                out.row(ImportFile.MEETING_INVITATIONS, prov, s.id() + "-I" + n++, officer, s.id(), attended);
            }
        }
        files.append(out);
    }

    private static String minutes(Meetings.Slot s, int cases) {
        return switch (s.status()) {
            case "HELD" -> "Level " + s.level() + " MAPP meeting held; " + cases + (cases == 1 ? " case" : " cases")
                    + " reviewed. Attendance register signed. Actions and disclosure decisions recorded per case.";
            case "CANCELLED" -> "Meeting cancelled: chair unavailable. Cases carried forward to the next meeting.";
            default -> null;
        };
    }
}
