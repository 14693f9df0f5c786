package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders and their conditions: notification requirements for every RSO, SHPOs/SOPOs for about a
 * third of them, licences for those released on licence, restraining and stalking protection orders
 * for partner abuse. Conditions protect named victims; exclusion zones are drawn around their homes.
 */
final class OrderRows {
    private static final LocalDate SHPO_INTRODUCED = LocalDate.of(2015, 3, 8);
    private static final LocalDate SPO_INTRODUCED = LocalDate.of(2020, 1, 20);

    /** An order written for this nominal, with the window its conditions run in. */
    record Order(String id, String type, LocalDate from, LocalDate to, Provenance provenance) {
        boolean activeOn(LocalDate date) {
            return !from.isAfter(date) && (to == null || !to.isBefore(date));
        }
    }

    private OrderRows() {
    }

    static void write(Bundle b) {
        Profile p = b.p;
        Timeline t = p.timeline();
        Rng rng = b.rng(Rng.Stream.ORDERS);
        List<Order> orders = new ArrayList<>();
        boolean childOffence = b.index.counts().stream().anyMatch(c -> OffenceTypes.CHILD_VICTIM.contains(c.type())
                || c.type().equals("INDECENT_IMAGES") || c.victims().stream().anyMatch(v -> v.dob().plusYears(16).isAfter(c.date())));
        if (p.category() == 1) {
            order(b, orders, "NOTIFICATION_REQUIREMENTS", t.convictionDate(), t.notificationEnd(), false, null, b.police(t.convictionDate()));
            if (rng.chance(0.35)) {
                boolean sopo = t.convictionDate().isBefore(SHPO_INTRODUCED);
                LocalDate to = rng.chance(0.4) ? null : t.convictionDate().plusYears(rng.between(5, 10));
                if (t.closedDate() != null && (to == null || to.isAfter(t.closedDate()))) {
                    to = t.closedDate();
                }
                Order o = order(b, orders, sopo ? "SOPO" : "SHPO", t.convictionDate(), to, rng.chance(0.08), b.index.court(),
                        b.police(t.convictionDate()));
                b.preventionOrder = o.type();
                preventionConditions(b, rng, o, childOffence);
            }
        }
        if (t.releaseDate() != null && t.licenceEnd() != null && t.licenceEnd().isAfter(t.releaseDate())) {
            Order licence = order(b, orders, "LICENCE", t.releaseDate(), t.licenceEnd(), false, null, b.probation(t.releaseDate()));
            licenceConditions(b, rng, licence, childOffence);
        }
        boolean partnerAbuse = b.index.counts().stream().anyMatch(c -> OffenceTypes.PARTNER_ABUSE.contains(c.type()));
        if (p.category() == 2 && partnerAbuse && p.leader() < 0) {
            boolean spo = t.convictionDate().isAfter(SPO_INTRODUCED) && rng.chance(0.3);
            if (spo || rng.chance(0.6)) {
                LocalDate to = rng.chance(0.3) ? null : t.convictionDate().plusYears(rng.between(2, 5));
                Order o = order(b, orders, spo ? "STALKING_PROTECTION_ORDER" : "RESTRAINING_ORDER", t.convictionDate(), to,
                        false, b.index.court(), b.police(t.convictionDate()));
                for (Victim v : b.victims) {
                    if (!v.deceased()) {
                        Conditions.noContact(b, o, v);
                    }
                }
                if (rng.chance(0.25)) {
                    Conditions.zone(b, rng, o, false);
                }
            }
        }
        plantInsideZone(b, rng, orders);
        plantChildCondition(b, orders);
    }

    private static Order order(Bundle b, List<Order> orders, String type, LocalDate from, LocalDate to, boolean travel,
                               String court, Provenance prov) {
        Order o = new Order(b.next("OR"), type, from, to, prov);
        b.row(ImportFile.ORDERS, prov, o.id(), b.p.id(), type, from, to, travel, court);
        orders.add(o);
        return o;
    }

    private static void preventionConditions(Bundle b, Rng rng, Order o, boolean childOffence) {
        if (rng.chance(childOffence ? 0.7 : 0.2)) {
            Conditions.condition(b, o, "NO_UNSUPERVISED_CHILD_CONTACT", "Not to have any unsupervised contact with any child under "
                    + "the age of 16 other than such as is inadvertent and not reasonably avoidable in the course of daily life.");
        }
        if (rng.chance(0.4)) {
            Conditions.condition(b, o, "PROHIBITED_ACTIVITY", "Not to undertake any paid or voluntary work or activity likely to "
                    + "bring him into contact with children under 16.");
        }
        if (rng.chance(0.3)) {
            Conditions.notInSightOf(b, rng, o);
        }
        if (rng.chance(0.1)) {
            Conditions.condition(b, o, "NO_INTERNET", "Not to use any device capable of accessing the internet unless it has "
                    + "risk management monitoring software installed and is made available for inspection on request.");
        }
        if (rng.chance(0.06)) {
            Conditions.condition(b, o, "NO_CAMERA_PHONE", "Not to possess a mobile phone with a camera or any other camera without approval.");
        }
        if (childOffence && rng.chance(0.4)) {
            Conditions.childResidence(b, o);
        }
        if (rng.chance(0.1)) {
            Conditions.zone(b, rng, o, false);
        }
    }

    private static void licenceConditions(Bundle b, Rng rng, Order o, boolean childOffence) {
        Conditions.condition(b, o, "RESIDENCE", "Permanently reside at an address approved by the supervising officer and obtain "
                + "the prior permission of the supervising officer for any change of address.");
        for (Victim v : b.victims) {
            if (!v.deceased() && rng.chance(v.contactScheme().equals("STATUTORY") ? 0.8 : 0.4)) {
                Conditions.noContact(b, o, v);
            }
        }
        boolean zone = rng.chance(0.3) && Conditions.zone(b, rng, o, false);
        boolean curfew = rng.chance(0.2);
        if (curfew) {
            String start = rng.pick(new String[] {"19:00", "20:00", "21:00"});
            String end = rng.pick(new String[] {"06:00", "07:00"});
            Conditions.condition(b, o, "CURFEW", "Confine yourself to your approved address between " + start + " and " + end
                    + " daily unless otherwise authorised by your supervising officer.", null, null, start, end);
        }
        if ((curfew || zone) && rng.chance(0.5)) {
            Conditions.condition(b, o, "ELECTRONIC_MONITORING", "Submit to electronic monitoring of your compliance with your "
                    + "curfew and exclusion zone conditions.");
            TagTrails.recentDay(b, o);
        }
        if (b.p.category() == 1 && rng.chance(0.25)) {
            Conditions.condition(b, o, "POLYGRAPH", "Comply with any instruction given by your supervising officer requiring "
                    + "you to attend polygraph testing.");
        }
        for (String coOffender : coOffenderNames(b)) {
            Conditions.condition(b, o, "NON_ASSOCIATION", "Not to contact or associate with " + coOffender
                    + " without the prior approval of your supervising officer.");
        }
        if (b.p.category() == 1 && childOffence) {
            if (rng.chance(0.6)) {
                Conditions.condition(b, o, "NO_UNSUPERVISED_CHILD_CONTACT", "Not to have unsupervised contact or communication "
                        + "of any kind with children under the age of 16 without the prior approval of your supervising officer.");
            }
            if (rng.chance(0.3)) {
                Conditions.childResidence(b, o);
            }
            if (rng.chance(0.2)) {
                Conditions.notInSightOf(b, rng, o);
            }
        }
    }

    private static List<String> coOffenderNames(Bundle b) {
        List<String> names = new ArrayList<>();
        int leader = b.p.leader() >= 0 ? b.p.leader() : b.p.index();
        if (b.p.leader() >= 0) {
            names.add(b.plan.profile(leader).name().full());
        }
        for (int f : b.plan.followers(leader)) {
            if (f != b.p.index()) {
                names.add(b.plan.profile(f).name().full());
            }
        }
        return names;
    }

    /** Planted: an active order whose exclusion zone covers the offender's own home. */
    private static void plantInsideZone(Bundle b, Rng rng, List<Order> orders) {
        if (!b.p.plants().insideZone() || !b.p.inCommunity() || b.victims.isEmpty() || b.p.leader() >= 0) {
            return;
        }
        orders.stream().filter(o -> o.activeOn(b.asOf) && !o.type().equals("NOTIFICATION_REQUIREMENTS")).findFirst()
                .ifPresent(o -> Conditions.zone(b, rng, o, true));
    }

    /** Planted: an RSO with a child at home who has a NO_CHILD_RESIDENCE condition (children are added by ContactRows). */
    private static void plantChildCondition(Bundle b, List<Order> orders) {
        Plants plants = b.p.plants();
        if (!plants.childAtHome() || !plants.childCondition() || !b.childResidenceConditions.isEmpty()) {
            return;
        }
        orders.stream().filter(o -> o.activeOn(b.asOf) && !o.type().equals("NOTIFICATION_REQUIREMENTS")).findFirst()
                .ifPresent(o -> Conditions.childResidence(b, o));
    }
}
