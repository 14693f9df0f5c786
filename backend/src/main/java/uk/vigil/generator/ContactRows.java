package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The people around a nominal: partner, ex-partners (some of them victims), children (some living
 * with the nominal), friends and family; and the vehicles, devices and accounts they use.
 */
final class ContactRows {
    private static final String[] RELATIONS = {"FRIEND", "ASSOCIATE", "FAMILY", "SIBLING", "NEIGHBOUR"};

    private ContactRows() {
    }

    static void write(Bundle b) {
        Rng rng = b.rng(Rng.Stream.CONTACTS);
        partner(b, rng);
        exPartners(b, rng);
        children(b, rng);
        others(b, rng);
        Things.write(b, rng);
    }

    private static void partner(Bundle b, Rng rng) {
        Profile p = b.p;
        if (!rng.chance(p.phase() == Phase.CUSTODY ? 0.25 : 0.35)) {
            return;
        }
        String sex = rng.chance(0.95) ? (p.sex().equals("F") ? "M" : "F") : p.sex();
        NameGroup group = rng.chance(0.8) ? p.group() : NameGroup.BY_WEIGHT.pick(rng);
        Names.Name name = Names.draw(rng, group, sex);
        if (rng.chance(0.25)) {
            name = new Names.Name(name.forename(), name.middle(), p.name().surname());
        }
        LocalDate dob = adultDob(rng, p.dob(), b.asOf);
        String id = b.next("A");
        LocalDate from = b.asOf.minusDays(rng.between(60, 2500));
        b.row(ImportFile.ASSOCIATES, b.police(from), id, name.forename(), name.surname(), dob, sex, "Partner");
        associate(b, p.id(), id, "PARTNER", from, null);
        b.partnerId = id;
        b.partnerName = name.full();
        b.partnerFrom = from;
        boolean cohabits = p.inOwnPrivateHome() && rng.chance(0.5);
        Address home = p.residence().current();
        if (cohabits) {
            HomeRows.livesFor(b, id, home, "HOME", Timelines.max(from, p.residence().currentFrom()), null);
        } else {
            home = ownAddress(b, rng, 13, from);
            HomeRows.livesFor(b, id, home, "HOME", from.minusYears(rng.between(0, 5)), null);
        }
        // The partner's own children: living with an RSO when she moves in with him, the classic hidden risk.
        boolean childrenMoveIn = cohabits && (p.category() != 1 || rng.chance(0.2)) && !b.plan.ownsSharedHome(p.index());
        LocalDate firstBorn = Timelines.max(dob.plusYears(18), b.asOf.minusYears(17));
        LocalDate lastBorn = Timelines.min(dob.plusYears(42), b.asOf.minusDays(90));
        if (rng.chance(0.3) && firstBorn.isBefore(lastBorn)) {
            b.partnerHasChildren = true;
            Address childrenHome = cohabits && !childrenMoveIn ? ownAddress(b, rng, 2, from) : home;
            int n = rng.between(1, 2);
            for (int i = 0; i < n; i++) {
                child(b, rng, name.surname(), group, rng.date(firstBorn, lastBorn), from, "CHILD_CONTACT", childrenHome, false);
            }
        }
    }

    private static void exPartners(Bundle b, Rng rng) {
        Profile p = b.p;
        if (p.leader() < 0) {
            for (Victim v : b.victims) {
                if (v.exPartner()) {
                    LocalDate from = p.timeline().offenceDate().minusYears(rng.between(1, 6));
                    b.row(ImportFile.ASSOCIATES, b.police(p.timeline().offenceDate()), v.id(), v.name().forename(),
                            v.name().surname(), v.dob(), v.sex(), "Ex-partner; victim of the index offence");
                    associate(b, p.id(), v.id(), "EX_PARTNER", from, p.timeline().offenceDate());
                }
            }
        }
    }

    /** About 40% have children of their own; planted RSOs have one under 16 living with them. */
    private static void children(Bundle b, Rng rng) {
        Profile p = b.p;
        boolean plant = p.plants().childAtHome() && p.inOwnPrivateHome() && !b.plan.ownsSharedHome(p.index());
        LocalDate firstBorn = Timelines.max(p.dob().plusYears(18), b.asOf.minusYears(17));
        LocalDate lastBorn = Timelines.min(p.dob().plusYears(55), b.asOf.minusDays(90));
        int count = rng.chance(0.4) && firstBorn.isBefore(lastBorn) ? rng.between(1, 3) : 0;
        if (plant && count == 0) {
            count = 1;
        }
        Address otherParentHome = count > 0 ? ownAddress(b, rng, 14, p.dob().plusYears(20)) : null;
        boolean withNominal = p.category() != 1 && b.partnerId != null && p.inOwnPrivateHome()
                && !b.plan.ownsSharedHome(p.index()) && rng.chance(0.5);
        for (int i = 0; i < count; i++) {
            boolean planted = plant && i == 0;
            LocalDate born = planted ? rng.date(b.asOf.minusYears(15), b.asOf.minusDays(90))
                    : rng.date(firstBorn, Timelines.max(firstBorn, lastBorn));
            // An older RSO's planted child is more plausibly a grandchild or other family member.
            String kind = planted && born.isAfter(p.dob().plusYears(55)) ? "FAMILY" : "PARENT_OF";
            child(b, rng, p.name().surname(), p.group(), born, born, kind,
                    planted || withNominal ? p.residence().current() : otherParentHome, planted);
        }
    }

    private static void child(Bundle b, Rng rng, String surname, NameGroup group, LocalDate born, LocalDate contactFrom,
                              String kind, Address livesAt, boolean planted) {
        if (born.isAfter(b.asOf.minusDays(30))) {
            born = b.asOf.minusDays(rng.between(30, 3000));
        }
        String sex = rng.chance(0.5) ? "F" : "M";
        Names.Name name = Names.draw(rng, group, sex);
        String id = b.next("C");
        b.row(ImportFile.CHILDREN, b.police(born), id, name.forename(), surname, born, sex);
        associate(b, b.p.id(), id, kind, Timelines.max(born, contactFrom), null);
        boolean atNominalsHome = livesAt == b.p.residence().current();
        LocalDate from = atNominalsHome ? Timelines.max(born, b.p.residence().currentFrom()) : born;
        HomeRows.livesFor(b, id, livesAt, "HOME", from, null);
        if (atNominalsHome && b.p.category() == 1 && b.p.inCommunity() && born.plusYears(16).isAfter(b.asOf)) {
            b.childrenAtHome.add(new String[] {id, born.toString(), livesAt.id(), Boolean.toString(planted)});
        }
    }

    private static void others(Bundle b, Rng rng) {
        int count = rng.weighted(30, 35, 25, 10);
        for (int i = 0; i < count; i++) {
            String kind = rng.pick(RELATIONS);
            boolean family = kind.equals("FAMILY") || kind.equals("SIBLING");
            String sex = rng.chance(0.7) ? "M" : "F";
            NameGroup group = family || rng.chance(0.8) ? b.p.group() : NameGroup.BY_WEIGHT.pick(rng);
            Names.Name name = Names.draw(rng, group, sex);
            String surname = family && rng.chance(0.7) ? b.p.name().surname() : name.surname();
            String id = b.next("A");
            LocalDate from = b.asOf.minusDays(rng.between(30, 4000));
            b.row(ImportFile.ASSOCIATES, b.police(from), id, name.forename(), surname, adultDob(rng, b.p.dob(), b.asOf), sex,
                    rng.chance(0.5) ? IdentityRows.description(rng) : null);
            associate(b, b.p.id(), id, kind, rng.chance(0.8) ? from : null, null);
            if (rng.chance(0.4)) {
                Address home = ownAddress(b, rng, 3 + i, from);
                HomeRows.livesFor(b, id, home, "HOME", from.minusYears(rng.between(0, 4)), null);
            }
            if (rng.chance(0.2)) {
                Things.phone(b, rng, id, new int[] {4, 6, 7}[i], from);
            }
        }
    }

    static void associate(Bundle b, String person, String other, String kind, LocalDate from, LocalDate to) {
        LocalDate end = to != null && from != null && to.isBefore(from) ? from : to;
        b.row(ImportFile.ASSOCIATIONS, b.police(from == null ? b.p.timeline().referralDate() : from), b.next("AS"),
                person, other, kind, from, end);
    }

    /** A private address in slot {@code slot} of this nominal's ordinals, in a town of the area. */
    private static Address ownAddress(Bundle b, Rng rng, int slot, LocalDate date) {
        Town town = rng.chance(0.6) ? b.p.homeTown() : b.area.byPopulation.pick(rng);
        Address a = Residences.ownHome(rng, b.world, b.p.id(), b.p.index(), town, slot);
        HomeRows.address(b, a, date.isAfter(b.asOf) ? b.asOf : date);
        return a;
    }

    /** An adult roughly the nominal's age, 18 or older on the as-of date. */
    static LocalDate adultDob(Rng rng, LocalDate near, LocalDate asOf) {
        LocalDate dob = near.plusDays(rng.between(-8 * 365, 8 * 365));
        LocalDate latest = asOf.minusYears(18);
        return dob.isAfter(latest) ? latest.minusDays(rng.between(0, 2000)) : dob;
    }
}
