package uk.vigil.generator;

import java.time.LocalDate;

/**
 * What happened to the nominal over the last few years: notifications and annual re-notifications
 * (RSOs), home visits at the police minimum for the RoSH level (1, 2, 4 or 12 a year), moves, new
 * relationships, travel, and breaches leading to cautions, convictions or recall.
 */
final class EventRows {
    private static final String[] VISIT_OUTCOMES = {"Seen at home; no concerns", "No reply; calling card left",
        "Seen; new mobile phone noted", "Seen with an unknown female present", "Seen; property searched, nothing found",
        "Seen; appeared under the influence of alcohol"};

    private EventRows() {
    }

    static void write(Bundle b) {
        Profile p = b.p;
        Timeline t = p.timeline();
        Rng rng = b.rng(Rng.Stream.EVENTS);
        LocalDate end = t.closedDate() != null ? t.closedDate() : b.asOf;
        if (p.phase() == Phase.CUSTODY) {
            return;
        }
        LocalDate out = t.communityFrom();
        if (p.category() == 1) {
            LocalDate notified = out.plusDays(rng.between(0, 3));
            if (!notified.isAfter(end)) {
                event(b, "NOTIFICATION", notified, null, "Initial notification completed", b.policeOm, home(b, notified));
            }
            for (LocalDate d = notified.plusYears(1); !d.isAfter(end); d = d.plusYears(1)) {
                if (d.isAfter(b.asOf.minusYears(3))) {
                    event(b, "ANNUAL_RENOTIFICATION", d, null, "Annual re-notification completed", b.policeOm, home(b, d));
                }
            }
            if (p.inCommunity() && rng.chance(0.05)) {
                LocalDate d = rng.date(b.asOf.minusYears(1), b.asOf.minusDays(7));
                event(b, "FOREIGN_TRAVEL", d, null, "Notified travel to " + rng.pick(new String[] {"Spain", "Poland",
                    "Pakistan", "Ireland", "Thailand", "Romania"}) + " for " + rng.between(3, 14) + " nights", b.policeOm, null);
            }
        }
        homeVisits(b, rng, out, end);
        if (t.releaseDate() != null && t.releaseDate().isAfter(b.asOf.minusMonths(18)) && !t.releaseDate().isAfter(end.minusDays(5))) {
            LocalDate d = t.releaseDate().plusDays(rng.between(1, 5));
            event(b, "HOME_VISIT", d, null, "Post-release home visit by offender manager", b.probationOm, home(b, d));
        }
        Residence r = p.residence();
        if (r.previous() != null && !r.currentFrom().isAfter(end)) {
            event(b, "CHANGE_OF_ADDRESS", r.currentFrom(), null, "Moved to " + r.current().line1() + ", " + r.current().town(),
                    p.category() == 1 ? b.policeOm : b.probationOm, r.current().id());
        }
        if (b.partnerFrom != null && b.partnerFrom.isAfter(out)) {
            event(b, "NEW_RELATIONSHIP", b.partnerFrom, null, "Disclosed new relationship with " + b.partnerName,
                    p.category() == 1 ? b.policeOm : b.probationOm, null);
        }
        breaches(b, rng, end);
        if (rng.chance(0.01)) {
            LocalDate d = rng.date(Timelines.max(out, b.asOf.minusYears(2)), end);
            event(b, "HOSPITAL_ADMISSION", d, null, "Admitted after self-harm; discharged after 3 days", b.probationOm, null);
        }
        if (rng.chance(0.001) && p.inCommunity()) {
            LocalDate d = rng.date(Timelines.max(out, b.asOf.minusYears(1)), b.asOf);
            event(b, "SERIOUS_FURTHER_OFFENCE", d, null, "Charged with a serious further offence; SFO review opened", b.policeOm, null);
            event(b, "CHARGE", d, null, "Charged and remanded", b.policeOm, null);
        }
    }

    private static void homeVisits(Bundle b, Rng rng, LocalDate out, LocalDate end) {
        int perYear = switch (b.roshLevel) {
            case "LOW" -> 1;
            case "MEDIUM" -> 2;
            case "HIGH" -> 4;
            default -> 12;
        };
        LocalDate from = Timelines.max(out, b.asOf.minusMonths(18));
        long days = end.toEpochDay() - from.toEpochDay();
        if (days <= 0) {
            return;
        }
        int visits = (int) Math.max(0, Math.round(perYear * days / 365.0));
        Officer officer = b.p.category() == 1 ? b.policeOm : b.probationOm;
        for (int i = 0; i < visits; i++) {
            LocalDate d = from.plusDays((long) ((i + rng.unit()) * days / visits));
            event(b, "HOME_VISIT", d, null, rng.pick(VISIT_OUTCOMES), officer, home(b, d));
        }
    }

    /** About 4% breach: licence breaches lead to recall, notification breaches to a caution or conviction. */
    private static void breaches(Bundle b, Rng rng, LocalDate end) {
        Timeline t = b.p.timeline();
        if (!rng.chance(0.04)) {
            return;
        }
        LocalDate out = t.communityFrom();
        boolean onLicence = t.releaseDate() != null && t.licenceEnd() != null && t.releaseDate().isBefore(end.minusDays(200));
        if (onLicence && (b.p.category() != 1 || rng.chance(0.5))) {
            LocalDate latest = Timelines.min(t.licenceEnd(), end).minusDays(150);
            if (latest.isAfter(t.releaseDate().plusDays(30))) {
                LocalDate d = rng.date(t.releaseDate().plusDays(30), latest);
                event(b, "BREACH", d, "LICENCE", "Breach of licence: " + rng.pick(new String[] {"entered exclusion zone",
                    "failed to reside at approved address", "contact with victim", "missed curfew"}), b.probationOm, home(b, d));
                event(b, "RECALL", d.plusDays(1), "LICENCE", "Licence revoked; recalled to custody", b.probationOm, null);
                event(b, "RETURN_TO_CUSTODY", d.plusDays(2), "LICENCE", "Arrested and returned to custody", b.policeOm, null);
                LocalDate back = d.plusDays(2 + rng.between(28, 120));
                b.row(ImportFile.CUSTODY_PERIODS, b.prison(d.plusDays(2)), b.next("CU"), b.p.id(), "RECALL", d.plusDays(2),
                        back, OffendingRows.establishment(b, rng));
                return;
            }
        }
        if (b.p.category() == 1 && out.isBefore(end.minusDays(60))) {
            LocalDate d = rng.date(out.plusDays(30), end.minusDays(30));
            boolean order = b.preventionOrder != null && rng.chance(0.4);
            String of = order ? b.preventionOrder : "NOTIFICATION";
            event(b, "BREACH", d, of, order ? "Breach of " + of + ": unsupervised contact with a child"
                    : "Failed to notify a change of address within 3 days", b.policeOm, home(b, d));
            if (rng.chance(0.6)) {
                event(b, "CAUTION", d.plusDays(rng.between(7, 30)), of, "Cautioned", b.policeOm, null);
            } else {
                event(b, "CHARGE", d.plusDays(rng.between(1, 14)), of, "Charged", b.policeOm, null);
                LocalDate convicted = d.plusDays(rng.between(30, 120));
                if (!convicted.isAfter(end)) {
                    event(b, "CONVICTION", convicted, of, "Convicted: community order", b.policeOm, null);
                }
            }
        }
    }

    private static String home(Bundle b, LocalDate on) {
        Residence r = b.p.residence();
        if (r.previous() != null && on.isBefore(r.currentFrom())) {
            return r.previous().id();
        }
        return r.current().id();
    }

    private static void event(Bundle b, String type, LocalDate date, String breachOf, String notes, Officer officer, String address) {
        Provenance prov = b.provenance(officer.agency().type().equals("POLICE") ? "VISOR" : "NDELIUS", officer.agency(),
                officer, date, Provenance.SENSITIVE);
        String outcome = switch (type) {
            case "CAUTION" -> "Cautioned";
            case "CONVICTION" -> "Convicted";
            case "RECALL", "RETURN_TO_CUSTODY" -> "Recalled";
            default -> null;
        };
        b.row(ImportFile.EVENTS, prov, b.next("EV"), b.p.id(), type, date, breachOf, outcome, notes, address, officer.id());
    }
}
