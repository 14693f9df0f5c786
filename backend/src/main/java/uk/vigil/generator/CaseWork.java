package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What meetings produce for a case: invitations for duty-to-co-operate agencies, decisions, SMART
 * actions (some overdue), risk management plans by the four pillars (some with a pillar left
 * empty) and disclosure decisions.
 */
final class CaseWork {
    private static final String[][] ACTIONS = {
        {"SUPERVISION", "Increase reporting to twice weekly for the next 8 weeks"},
        {"SUPERVISION", "Joint home visit by police and probation offender managers"},
        {"MONITORING_CONTROL", "Apply for variation of licence to add an exclusion zone"},
        {"MONITORING_CONTROL", "Check vehicle use against ANPR"},
        {"MONITORING_CONTROL", "Unannounced device examination"},
        {"INTERVENTIONS", "Refer to Horizon programme"},
        {"INTERVENTIONS", "Refer to substance misuse service"},
        {"INTERVENTIONS", "Mental health assessment"},
        {"VICTIM_SAFETY", "Victim liaison officer to update the victim on release arrangements"},
        {"VICTIM_SAFETY", "Review safety plan with children's services"},
        {"VICTIM_SAFETY", "Install target-hardening at the victim's address"}};
    private static final String[][] DECISIONS = {
        {"Remain at current level", "Risk remains high; multi-agency oversight still needed"},
        {"Approve move to proposed address", "Address checked: no children in household, away from victim"},
        {"Refer to children's services", "New partner has children under 16"},
        {"Apply for recall", "Breach of licence conditions indicates escalating risk"},
        {"Reduce to level 1 at next review if compliance continues", "Engagement good; protective factors strengthening"}};

    private CaseWork() {
    }

    /** Which duty-to-co-operate agencies are invited for this case, by what the case involves. */
    static List<String> invitedAgencies(Bundle b, Rng rng) {
        List<String> agencies = new ArrayList<>();
        if (b.p.category() == 1 || b.victims.stream().anyMatch(v -> v.vulnerable())) {
            agencies.add("CHILDRENS_SERVICES");
        }
        if (!b.p.residence().current().isPrivate() || b.p.residence().proposed() != null) {
            agencies.add("HOUSING");
        }
        if (rng.chance(0.25)) {
            agencies.add("MENTAL_HEALTH");
        }
        if (rng.chance(0.15)) {
            agencies.add("HEALTH");
        }
        if (rng.chance(0.1)) {
            agencies.add("ELECTRONIC_MONITORING");
        }
        return agencies;
    }

    static List<String> invitedOfficers(Bundle b, List<String> agencies, Meetings.Slot slot) {
        return agencies.stream().map(a -> b.area.practitioner(a, b.p.index()).id()).toList();
    }

    /** Invitations for the first meeting of each level 2/3 period: what each agency may see of this case. */
    static void invitations(Bundle b, Rng rng, List<Meetings.Slot> slots, CaseRows.LevelPeriod period, List<String> agencies) {
        if (slots.isEmpty()) {
            return;
        }
        Meetings.Slot first = slots.get(0);
        LocalDate from = first.date().minusDays(7);
        for (String agency : agencies) {
            Officer officer = b.area.practitioner(agency, b.p.index());
            b.row(ImportFile.CASE_INVITATIONS, b.lead(from), b.next("CI"), officer.id(), b.caseId, first.id(), from,
                    period.to());
        }
    }

    static void meetingOutcomes(Bundle b, Rng rng, List<Meetings.Slot> held) {
        for (Meetings.Slot m : held) {
            Provenance prov = b.provenance("VISOR", b.area.agency("POLICE"), m.chair(), m.date(), Provenance.SENSITIVE);
            String[] decision = rng.pick(DECISIONS);
            b.row(ImportFile.DECISIONS, prov, b.next("DE"), m.id(), b.caseId, decision[0], decision[1]);
            int actions = m.level() == 3 ? rng.between(2, 3) : rng.between(1, 2);
            for (int i = 0; i < actions; i++) {
                action(b, rng, m, prov);
            }
        }
    }

    private static void action(Bundle b, Rng rng, Meetings.Slot m, Provenance prov) {
        String[] action = rng.pick(ACTIONS);
        Officer owner = switch (action[0]) {
            case "SUPERVISION" -> rng.chance(0.5) ? b.probationOm : b.policeOm;
            case "MONITORING_CONTROL" -> b.policeOm;
            case "INTERVENTIONS" -> b.probationOm;
            default -> rng.chance(0.5) ? b.victimLiaison : b.area.practitioner("CHILDRENS_SERVICES", b.p.index());
        };
        LocalDate due = m.date().plusDays(rng.between(14, 56));
        String status;
        LocalDate done = null;
        if (!due.isBefore(b.asOf)) {
            status = "OPEN";
        } else {
            int outcome = rng.weighted(84, 10, 6);
            status = outcome == 0 ? "DONE" : outcome == 1 ? "OPEN" : "CANCELLED";
            if (outcome == 0) {
                done = Timelines.min(b.asOf, due.plusDays(rng.between(-10, 14)));
                done = Timelines.max(done, m.date());
            }
        }
        String id = b.next("AT");
        b.row(ImportFile.ACTIONS, prov, id, b.caseId, m.id(), action[1], owner.id(), owner.agency().id(), action[0], due,
                done, status);
        if (status.equals("OPEN") && due.isBefore(b.asOf)) {
            b.out.truths.overdueAction(new Truths.OverdueAction(id, b.caseId, m.id(), due.toString(), owner.id()));
        }
    }

    static void plansAndDisclosures(Bundle b, Rng rng, List<Meetings.Slot> held) {
        Timeline t = b.p.timeline();
        boolean multiAgency = b.p.level() >= 2 || !held.isEmpty();
        if (multiAgency || rng.chance(0.4)) {
            LocalDate date = held.isEmpty() ? Timelines.min(b.asOf, t.referralDate().plusDays(rng.between(5, 60)))
                    : held.get(held.size() - 1).date();
            riskPlan(b, rng, date);
        }
        if (b.partnerHasChildren && b.p.category() == 1) {
            Meetings.Slot at = held.isEmpty() ? null : held.get(held.size() - 1);
            LocalDate date = at != null ? at.date() : b.asOf.minusDays(rng.between(5, 300));
            Officer by = at != null ? at.chair() : b.policeOm;
            disclosure(b, date, at, true, "New partner " + (b.partnerName == null ? "" : "(" + b.partnerName + ") "),
                    "Nature of offending and risk to children", "Partner has children under 16; risk of serious harm to them", by);
        } else if (rng.chance(0.06)) {
            LocalDate date = held.isEmpty() ? Timelines.min(b.asOf, t.referralDate().plusDays(rng.between(10, 200)))
                    : held.get(0).date();
            disclose(b, rng, date, held.isEmpty() ? null : held.get(0));
        }
    }

    private static void disclose(Bundle b, Rng rng, LocalDate date, Meetings.Slot at) {
        boolean yes = rng.chance(0.4);
        String recipient = yes ? rng.pick(new String[] {"Employer", "Head teacher of local school", "Landlord", "Sports club secretary"}) : null;
        disclosure(b, date, at, yes, recipient, yes ? "Conviction and current risk management arrangements" : null,
                yes ? "Access to children or vulnerable adults through this role" : "Risk managed through licence conditions; disclosure not necessary or proportionate",
                at != null ? at.chair() : b.policeOm);
    }

    private static void disclosure(Bundle b, LocalDate date, Meetings.Slot at, boolean disclose, String recipient, String what,
                                   String reason, Officer by) {
        b.row(ImportFile.DISCLOSURES, b.lead(date), b.next("DS"), b.caseId, at == null ? null : at.id(), date, disclose,
                recipient == null ? null : recipient.trim(), what, reason, date.plusDays(90), by.id());
    }

    /** The four pillars; about 8% of plans leave one empty (briefing packs flag it). */
    private static void riskPlan(Bundle b, Rng rng, LocalDate date) {
        String[] pillars = {
            "Weekly reporting to offender manager; police home visits per RoSH level",
            "Licence conditions monitored; " + (b.zones.isEmpty() ? "ANPR marker on vehicle" : "exclusion zone with electronic monitoring"),
            rng.pick(new String[] {"Horizon programme", "Substance misuse treatment", "Building Better Relationships",
                "Kaizen programme", "Thinking Skills Programme"}),
            b.victims.isEmpty() ? "Potential victims: children in households he visits; safety plans via children's services"
                    : "Victim safety plan agreed with victim liaison; no-contact and exclusion conditions"};
        List<String> empty = new ArrayList<>();
        if (rng.chance(0.08)) {
            int gap = rng.below(4);
            empty.add(new String[] {"supervision", "monitoring_control", "interventions", "victim_safety"}[gap]);
            pillars[gap] = null;
        }
        String id = b.next("RP");
        b.row(ImportFile.RISK_PLANS, b.lead(date), id, b.caseId, date, pillars[0], pillars[1], pillars[2], pillars[3]);
        if (!empty.isEmpty()) {
            b.out.truths.emptyPillar(new Truths.EmptyPillar(id, b.caseId, empty));
        }
    }
}
