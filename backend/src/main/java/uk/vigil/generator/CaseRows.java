package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The MAPPA case: its level history, the officers managing the nominal, and for level 2/3 periods
 * the meetings that reviewed it with their decisions and actions.
 */
final class CaseRows {
    /** A period at one level; {@code to} is null while current. */
    record LevelPeriod(int level, LocalDate from, LocalDate to, String reason) {
    }

    private CaseRows() {
    }

    static void write(Bundle b) {
        Profile p = b.p;
        Timeline t = p.timeline();
        Rng rng = b.rng(Rng.Stream.CASE);
        b.caseId = p.id() + "-MC";
        LocalDate end = t.closedDate();
        List<LevelPeriod> periods = periods(rng, p.category(), p.level(), t.referralDate(), end, b.asOf);
        List<Meetings.Slot> held = new ArrayList<>();
        List<Meetings.Slot> all = new ArrayList<>();
        List<String> invited = CaseWork.invitedAgencies(b, rng);
        for (LevelPeriod period : periods) {
            if (period.level() >= 2) {
                LocalDate until = period.to() != null ? period.to() : b.asOf.plusDays(Meetings.CYCLE_DAYS * 2L);
                List<Meetings.Slot> slots = Meetings.forCase(b.area, period.level(), b.caseId, period.from(), until, b.asOf);
                all.addAll(slots);
                slots.stream().filter(Meetings.Slot::held).forEach(held::add);
                CaseWork.invitations(b, rng, slots, period, invited);
            }
        }
        LocalDate lastReview;
        LocalDate nextReview;
        if (!all.isEmpty() && p.level() >= 2) {
            lastReview = held.isEmpty() ? null : held.get(held.size() - 1).date();
            nextReview = all.stream().map(Meetings.Slot::date).filter(d -> d.isAfter(b.asOf)).findFirst().orElse(null);
        } else {
            LocalDate latest = end != null ? end : b.asOf;
            lastReview = Timelines.max(t.referralDate(), latest.minusDays(rng.between(0, 364)));
            // Level 1: internal review every 16 weeks; about one in eight is overdue.
            nextReview = end != null ? null : lastReview.plusDays(rng.chance(0.12) ? rng.between(112, 200) : 112);
            if (nextReview != null && rng.chance(0.12) && nextReview.isAfter(b.asOf)) {
                nextReview = b.asOf.minusDays(rng.between(1, 60));
            }
        }
        if (lastReview != null && lastReview.isBefore(t.referralDate())) {
            lastReview = t.referralDate();
        }
        if (nextReview != null && lastReview != null && nextReview.isBefore(lastReview)) {
            nextReview = lastReview;
        }
        String lead = p.category() == 1 ? b.area.agency("POLICE").id() : b.area.agency("PROBATION").id();
        b.row(ImportFile.MAPPA_CASES, b.lead(t.referralDate()), b.caseId, p.id(), p.category(), p.level(),
                end == null ? "ACTIVE" : "CLOSED", lead, b.area.id(), t.referralDate(), end, lastReview, nextReview);
        for (LevelPeriod period : periods) {
            b.row(ImportFile.CASE_LEVELS, b.lead(period.from()), b.next("LV"), b.caseId, p.category(), period.level(),
                    period.from(), period.to(), period.reason());
        }
        for (Meetings.Slot slot : all) {
            b.out.agenda.add(new MeetingAgenda.Entry(slot, b.area.id(), b.caseId, CaseWork.invitedOfficers(b, invited, slot)));
        }
        officers(b, rng);
        RiskRows.write(b, rng);
        CaseWork.meetingOutcomes(b, rng, held);
        CaseWork.plansAndDisclosures(b, rng, held);
    }

    /**
     * The level history ending at the current level; some level 1 cases had a level 2 spell in the
     * last two years. Category 3 is never at level 1, in history either.
     */
    static List<LevelPeriod> periods(Rng rng, int category, int level, LocalDate referral, LocalDate end, LocalDate asOf) {
        List<LevelPeriod> periods = new ArrayList<>();
        LocalDate last = end != null ? end : asOf;
        if (level == 1) {
            LocalDate spellStart = Timelines.max(referral.plusDays(30), asOf.minusYears(2));
            if (rng.chance(0.012) && spellStart.plusDays(120).isBefore(last)) {
                LocalDate up = rng.date(spellStart, last.minusDays(120));
                LocalDate down = up.plusDays(rng.between(56, 110));
                periods.add(new LevelPeriod(1, referral, up, "Referred"));
                periods.add(new LevelPeriod(2, up, down, "Escalated: new risk information"));
                periods.add(new LevelPeriod(1, down, end, "Risk reduced: managed at level 1"));
            } else {
                periods.add(new LevelPeriod(1, referral, end, "Referred"));
            }
            return periods;
        }
        LocalDate earliest = Timelines.max(referral.plusDays(14), asOf.minusYears(3));
        boolean escalated = rng.chance(0.6) && earliest.isBefore(last.minusDays(14));
        if (escalated && category == 3 && level == 3) {
            LocalDate up = rng.date(earliest, last.minusDays(14));
            periods.add(new LevelPeriod(2, referral, up, "Referred at level 2"));
            periods.add(new LevelPeriod(3, up, end, "Escalated: critical few, senior oversight"));
        } else if (escalated && category != 3) {
            LocalDate up = rng.date(earliest, last.minusDays(14));
            if (level == 3 && rng.chance(0.3)) {
                LocalDate mid = referral.plusDays((up.toEpochDay() - referral.toEpochDay()) / 2);
                periods.add(new LevelPeriod(1, referral, mid, "Referred"));
                periods.add(new LevelPeriod(2, mid, up, "Escalated: active multi-agency management needed"));
            } else {
                periods.add(new LevelPeriod(1, referral, up, "Referred"));
            }
            periods.add(new LevelPeriod(level, up, end, level == 3 ? "Escalated: critical few, senior oversight"
                    : "Escalated: active multi-agency management needed"));
        } else {
            periods.add(new LevelPeriod(level, referral, end, "Referred at level " + level));
        }
        return periods;
    }

    private static void officers(Bundle b, Rng rng) {
        Profile p = b.p;
        Timeline t = p.timeline();
        LocalDate end = t.closedDate();
        if (p.category() == 1) {
            manage(b, b.policeOm, "POLICE_OFFENDER_MANAGER", t.referralDate(), end);
        }
        boolean probation = p.category() != 1 || t.licenceEnd() != null || !t.custodial();
        if (probation) {
            LocalDate to = end != null ? end : t.licenceEnd() != null && t.licenceEnd().isBefore(b.asOf) ? t.licenceEnd() : null;
            manage(b, b.probationOm, "OFFENDER_MANAGER", t.referralDate(), to);
        }
        if (p.phase() == Phase.CUSTODY) {
            manage(b, b.prisonOm, "PRISON_OFFENDER_MANAGER", t.custodyFrom(), null);
        }
        if (b.victims.stream().anyMatch(v -> v.contactScheme().equals("STATUTORY"))) {
            manage(b, b.victimLiaison, "VICTIM_LIAISON_OFFICER", t.convictionDate().plusDays(rng.between(7, 60)), end);
        }
    }

    private static void manage(Bundle b, Officer officer, String role, LocalDate from, LocalDate to) {
        LocalDate end = to != null && to.isBefore(from) ? from : to;
        b.row(ImportFile.PERSON_OFFICERS, b.lead(from), b.next("PO"), b.p.id(), officer.id(), role, from, end);
    }
}
