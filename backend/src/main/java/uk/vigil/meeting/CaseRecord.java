package uk.vigil.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/meetings/{id}/record}: what the meeting decided about one case. Every part is
 * optional but at least one must be there; {@link #problems} lists everything wrong at once.
 */
public record CaseRecord(String caseId, List<DecisionIn> decisions, List<ActionIn> actions,
                         List<ActionUpdate> actionUpdates, LevelChange levelChange, List<DisclosureIn> disclosures) {

    static final int MAX_ITEMS = 50;
    static final int MAX_TEXT = 2000;
    static final Set<String> PILLARS = Set.of("SUPERVISION", "MONITORING_CONTROL", "INTERVENTIONS", "VICTIM_SAFETY");
    static final Set<String> ACTION_STATUSES = Set.of("OPEN", "DONE", "CANCELLED");

    /** A decision and the reasoning behind it (defensible decision-making). */
    public record DecisionIn(String decision, String reason) {
    }

    /** A SMART action: what, who owns it, for which agency, by when, under which pillar. */
    public record ActionIn(String description, String ownerId, String agencyId, String dueDate, String pillar) {
    }

    /** An existing action done, cancelled or reopened. */
    public record ActionUpdate(String actionId, String status, String doneDate) {
    }

    /** A move to another level, with why. */
    public record LevelChange(Integer level, String reason) {
    }

    /** A disclosure decision: to whom, what, why (or why not), when to review it. */
    public record DisclosureIn(Boolean disclose, String recipient, String what, String reason, String reviewDate) {
    }

    List<DecisionIn> decisionsOrEmpty() {
        return decisions == null ? List.of() : decisions;
    }

    List<ActionIn> actionsOrEmpty() {
        return actions == null ? List.of() : actions;
    }

    List<ActionUpdate> updatesOrEmpty() {
        return actionUpdates == null ? List.of() : actionUpdates;
    }

    List<DisclosureIn> disclosuresOrEmpty() {
        return disclosures == null ? List.of() : disclosures;
    }

    /** What is wrong with the request on its own (references are checked against the graph later). */
    List<String> problems(LocalDate meetingDay) {
        List<String> p = new ArrayList<>();
        if (caseId == null || caseId.isBlank() || caseId.length() > 200) {
            p.add("caseId is required");
        }
        if (decisionsOrEmpty().isEmpty() && actionsOrEmpty().isEmpty() && updatesOrEmpty().isEmpty()
                && levelChange == null && disclosuresOrEmpty().isEmpty()) {
            p.add("nothing to record: give decisions, actions, actionUpdates, levelChange or disclosures");
        }
        for (List<?> list : List.of(decisionsOrEmpty(), actionsOrEmpty(), updatesOrEmpty(), disclosuresOrEmpty())) {
            if (list.size() > MAX_ITEMS) {
                p.add("at most " + MAX_ITEMS + " items of each kind");
                return p;
            }
        }
        int i = 0;
        for (DecisionIn d : decisionsOrEmpty()) {
            i++;
            if (d == null) {
                p.add("decision " + i + " is empty");
                continue;
            }
            text(p, "decision " + i + ": decision", d.decision(), 3);
            text(p, "decision " + i + ": reason", d.reason(), 3);
        }
        i = 0;
        for (ActionIn a : actionsOrEmpty()) {
            i++;
            if (a == null) {
                p.add("action " + i + " is empty");
                continue;
            }
            text(p, "action " + i + ": description (specific: what is to be done)", a.description(), 10);
            if (a.ownerId() == null || a.ownerId().isBlank()) {
                p.add("action " + i + ": ownerId is required (who will do it)");
            }
            if (a.agencyId() == null || a.agencyId().isBlank()) {
                p.add("action " + i + ": agencyId is required (for which agency)");
            }
            LocalDate due = date(p, "action " + i + ": dueDate", a.dueDate(), true);
            if (due != null && meetingDay != null && (due.isBefore(meetingDay) || due.isAfter(meetingDay.plusYears(2)))) {
                p.add("action " + i + ": dueDate must be between the meeting day (" + meetingDay + ") and two years after it");
            }
            if (a.pillar() != null && !PILLARS.contains(a.pillar())) {
                p.add("action " + i + ": pillar must be one of " + String.join(", ", PILLARS.stream().sorted().toList()));
            }
        }
        i = 0;
        for (ActionUpdate u : updatesOrEmpty()) {
            i++;
            if (u == null || u.actionId() == null || u.actionId().isBlank()) {
                p.add("action update " + i + ": actionId is required");
                continue;
            }
            if (u.status() == null || !ACTION_STATUSES.contains(u.status())) {
                p.add("action update " + i + ": status must be OPEN, DONE or CANCELLED");
            }
            LocalDate done = date(p, "action update " + i + ": doneDate", u.doneDate(), "DONE".equals(u.status()));
            if (done != null && !"DONE".equals(u.status())) {
                p.add("action update " + i + ": doneDate only goes with status DONE");
            }
        }
        if (levelChange != null) {
            if (levelChange.level() == null || levelChange.level() < 1 || levelChange.level() > 3) {
                p.add("levelChange: level must be 1, 2 or 3");
            }
            text(p, "levelChange: reason", levelChange.reason(), 3);
        }
        i = 0;
        for (DisclosureIn d : disclosuresOrEmpty()) {
            i++;
            if (d == null) {
                p.add("disclosure " + i + " is empty");
                continue;
            }
            if (d.disclose() == null) {
                p.add("disclosure " + i + ": disclose (true or false) is required");
            }
            text(p, "disclosure " + i + ": recipient (to whom)", d.recipient(), 2);
            if (Boolean.TRUE.equals(d.disclose())) {
                text(p, "disclosure " + i + ": what is disclosed", d.what(), 2);
            } else if (d.what() != null && d.what().length() > MAX_TEXT) {
                p.add("disclosure " + i + ": what is longer than " + MAX_TEXT + " characters");
            }
            text(p, "disclosure " + i + ": reason (why, or why not)", d.reason(), 3);
            LocalDate review = date(p, "disclosure " + i + ": reviewDate", d.reviewDate(), false);
            if (review != null && meetingDay != null && review.isBefore(meetingDay)) {
                p.add("disclosure " + i + ": reviewDate must not be before the meeting day (" + meetingDay + ")");
            }
        }
        return p;
    }

    private static void text(List<String> p, String what, String value, int min) {
        if (value == null || value.strip().length() < min) {
            p.add(what + " is required (at least " + min + " characters)");
        } else if (value.length() > MAX_TEXT) {
            p.add(what + " is longer than " + MAX_TEXT + " characters");
        }
    }

    static LocalDate date(List<String> p, String what, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(what + " is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            p.add(what + " must be a date, YYYY-MM-DD");
            return null;
        }
    }
}
