package uk.vigil.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.vigil.config.CaseworkRules;

/**
 * Turns the facts about a case into the reasons it is on a meeting's agenda, or none. No database:
 * the rules are here to be read and unit-tested. docs/meetings.md states them in prose.
 */
public final class AgendaRules {
    /** Event types that count as a breach or further offending. */
    public static final List<String> BREACH_TYPES = List.of("BREACH", "RECALL", "RETURN_TO_CUSTODY", "CAUTION",
            "CHARGE", "CONVICTION", "SERIOUS_FURTHER_OFFENCE");
    /** Every event type the agenda reads. */
    public static final List<String> SIGNIFICANT_TYPES = List.of("BREACH", "RECALL", "RETURN_TO_CUSTODY", "CAUTION",
            "CHARGE", "CONVICTION", "SERIOUS_FURTHER_OFFENCE", "CHANGE_OF_ADDRESS", "NEW_RELATIONSHIP");
    private static final List<String> ROSH_ORDER = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");
    /** Reasons that bring a level 1 case to a level 2 meeting (information exchange). */
    private static final Set<String> LEVEL1_TRIGGERS = Set.of("REVIEW_DUE", "REVIEW_OVERDUE", "BREACH",
            "NEW_CONFLICT", "RISK_LEVEL_CHANGE");
    private static final int ACTIONS_LISTED = 3;

    private final CaseworkRules rules;

    public AgendaRules(CaseworkRules rules) {
        this.rules = rules;
    }

    /** The agenda line for a case, or empty when nothing puts it on this meeting's agenda. */
    Optional<AgendaItem> item(AgendaFacts f, int meetingLevel) {
        List<AgendaReason> reasons = new ArrayList<>();
        LocalDate day = f.meetingDay();
        LocalDate since = f.lastReview() != null ? f.lastReview() : f.referralDate() != null ? f.referralDate() : day;
        LocalDate dueBy = since.plusDays(rules.reviewDays(f.level()));
        boolean newReferral = f.referralDate() != null && !f.referralDate().isAfter(day)
                && f.referralDate().isAfter(f.previousMeeting() == null ? day.minusDays(rules.lookaheadDays()) : f.previousMeeting());
        if (newReferral && f.level() == meetingLevel) {
            reasons.add(new AgendaReason("NEW_REFERRAL", "New referral (referred " + f.referralDate() + ")", f.referralDate()));
        } else if (f.lastReview() == null && f.level() == meetingLevel) {
            reasons.add(new AgendaReason("NOT_YET_REVIEWED", "Referred " + f.referralDate()
                    + " and not yet reviewed at a meeting", f.referralDate()));
        } else if (!dueBy.isAfter(f.horizon())) {
            String cadence = "at least every " + rules.reviewDays(f.level()) + " days at level " + f.level();
            String last = f.lastReview() == null ? "referred " + f.referralDate() : "last reviewed " + f.lastReview();
            reasons.add(dueBy.isBefore(day)
                    ? new AgendaReason("REVIEW_OVERDUE", "Review overdue since " + dueBy + " (" + last + "; " + cadence + ")", dueBy)
                    : new AgendaReason("REVIEW_DUE", "Review due by " + dueBy + " (" + last + "; " + cadence + ")", dueBy));
        }
        int listed = 0;
        for (Map<String, Object> a : f.actionsDue()) {
            if (listed++ == ACTIONS_LISTED) {
                reasons.add(new AgendaReason("ACTION_DUE", (f.actionsDue().size() - ACTIONS_LISTED) + " more actions due", null));
                break;
            }
            LocalDate due = (LocalDate) a.get("dueDate");
            boolean overdue = due.isBefore(day);
            reasons.add(new AgendaReason(overdue ? "ACTION_OVERDUE" : "ACTION_DUE",
                    (overdue ? "Action overdue since " : "Action due ") + due + ": " + a.get("description"), due));
        }
        if (f.newIntelligence() > 0) {
            reasons.add(new AgendaReason("NEW_INTELLIGENCE", f.newIntelligence() + " new intelligence item"
                    + (f.newIntelligence() == 1 ? "" : "s") + " since the last review (latest " + f.latestIntelligence() + ")",
                    f.latestIntelligence()));
        }
        boolean moved = false;
        boolean partnered = false;
        for (Map<String, Object> e : f.events()) {
            String type = (String) e.get("type");
            LocalDate date = (LocalDate) e.get("date");
            if (BREACH_TYPES.contains(type)) {
                Object of = e.get("breachOf");
                String what = type.equals("BREACH") ? "Breach" + (of == null ? "" : " of " + of)
                        : capitalised(words(type)) + (of == null ? "" : " (breach of " + of + ")");
                reasons.add(new AgendaReason("BREACH", what + " on " + date, date));
            } else if (type.equals("CHANGE_OF_ADDRESS") && !moved) {
                moved = true;
                reasons.add(new AgendaReason("CHANGE_OF_ADDRESS", "Change of address on " + date, date));
            } else if (type.equals("NEW_RELATIONSHIP") && !partnered) {
                partnered = true;
                reasons.add(new AgendaReason("NEW_RELATIONSHIP", "New relationship reported on " + date, date));
            }
        }
        if (!moved && f.movedOn() != null) {
            reasons.add(new AgendaReason("CHANGE_OF_ADDRESS", "New home address from " + f.movedOn(), f.movedOn()));
        }
        if (!partnered && f.newPartnerOn() != null) {
            reasons.add(new AgendaReason("NEW_RELATIONSHIP", "New partner recorded from " + f.newPartnerOn(), f.newPartnerOn()));
        }
        for (Map<String, Object> c : f.openConflicts()) {
            if (Boolean.TRUE.equals(c.get("isNew"))) {
                LocalDate seen = (LocalDate) c.get("firstSeen");
                reasons.add(new AgendaReason("NEW_CONFLICT", "New open conflict: " + words((String) c.get("rule"))
                        + " (first seen " + seen + ")", seen));
            }
        }
        if (f.rosh() != null && f.roshBefore() != null && !f.rosh().equals(f.roshBefore())
                && f.roshDate() != null && f.roshDate().isAfter(since)) {
            boolean rising = ROSH_ORDER.indexOf(f.rosh()) > ROSH_ORDER.indexOf(f.roshBefore());
            if (f.level() == meetingLevel || rising) {
                reasons.add(new AgendaReason("RISK_LEVEL_CHANGE", "RoSH " + words(f.roshBefore()) + " to " + words(f.rosh())
                        + " on " + f.roshDate(), f.roshDate()));
            }
        }
        for (Map<String, Object> lp : f.levelChanges()) {
            reasons.add(new AgendaReason("RISK_LEVEL_CHANGE", "Now managed at level " + lp.get("level") + " (from "
                    + lp.get("from") + ")", (LocalDate) lp.get("from")));
        }
        boolean listedCase = f.level() == meetingLevel ? !reasons.isEmpty()
                : reasons.stream().anyMatch(r -> LEVEL1_TRIGGERS.contains(r.code()));
        if (!listedCase && !f.onAgenda()) {
            return Optional.empty();
        }
        if (reasons.isEmpty()) {
            reasons.add(new AgendaReason("ADDED_BY_CHAIR", "Added to the agenda by the chair", null));
        }
        Map<String, Object> n = f.nominal();
        return Optional.of(new AgendaItem(f.caseId(), (String) n.get("id"), (String) n.get("forename"),
                (String) n.get("surname"), (LocalDate) n.get("dob"), f.category(), f.level(), f.rosh(), f.lastReview(),
                dueBy, f.level() == 1, f.onAgenda(), f.agendaOrder(), List.copyOf(reasons)));
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code RETURN_TO_CUSTODY} reads "return to custody". */
    static String words(String code) {
        return code.toLowerCase().replace('_', ' ');
    }
}
