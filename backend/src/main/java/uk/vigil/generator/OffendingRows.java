package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * Offences, victims, convictions and custody. A co-offender writes only a conviction for the
 * leader's first count; the leader's bundle writes the offence and its victims.
 */
final class OffendingRows {
    private OffendingRows() {
    }

    static void write(Bundle b) {
        Profile p = b.p;
        Timeline t = p.timeline();
        Rng rng = b.rng(Rng.Stream.OFFENDING);
        String conviction = b.next("CV");
        if (p.leader() < 0) {
            b.index = Offences.index(b.world, p);
            b.victims.addAll(b.index.victims());
            writeIndexOffence(b);
            b.row(ImportFile.CONVICTIONS, b.pnc(t.convictionDate()), conviction, p.id(), t.convictionDate(),
                    b.index.court(), t.disposal(), t.sentenceMonths());
            for (IndexOffence.Count count : b.index.counts()) {
                b.row(ImportFile.CONVICTION_OFFENCES, b.pnc(t.convictionDate()), b.next("CO"), conviction, count.id());
            }
        } else {
            b.index = Offences.index(b.world, b.plan.profile(p.leader()));
            b.victims.addAll(b.index.first().victims());
            b.row(ImportFile.CONVICTIONS, b.pnc(t.convictionDate()), conviction, p.id(), t.convictionDate(),
                    b.index.court(), t.disposal(), t.sentenceMonths());
            b.row(ImportFile.CONVICTION_OFFENCES, b.pnc(t.convictionDate()), b.next("CO"), conviction, b.index.first().id());
        }
        for (int follower : b.plan.followers(p.index())) {
            if (b.plan.coOffenceRecorded(p.index(), follower)) {
                ContactRows.associate(b, p.id(), Profile.id(follower), "CO_OFFENDER", t.offenceDate(), null);
            }
        }
        custody(b, rng);
        previousConvictions(b, rng);
        jointOffences(b, rng);
    }

    private static void writeIndexOffence(Bundle b) {
        for (Victim v : b.index.victims()) {
            b.row(ImportFile.VICTIMS, victimProvenance(b, v), v.id(), v.name().forename(), v.name().surname(), v.dob(),
                    v.sex(), v.vulnerable(), v.contactScheme());
            if (v.home() != null) {
                HomeRows.address(b, v.home(), b.p.timeline().offenceDate());
                LocalDate from = Timelines.max(v.dob(), b.p.timeline().offenceDate().minusYears(3));
                HomeRows.livesFor(b, v.id(), v.home(), "HOME", from, null);
            }
        }
        for (IndexOffence.Count c : b.index.counts()) {
            b.row(ImportFile.OFFENCES, b.pnc(c.date()), c.id(), c.type(), c.category(), c.date(),
                    c.at() == null ? null : c.at().latText(), c.at() == null ? null : c.at().lngText(), c.place(), c.method());
            for (Victim v : c.victims()) {
                b.row(ImportFile.OFFENCE_VICTIMS, b.pnc(c.date()), b.next("OV"), c.id(), v.id());
            }
        }
    }

    static Provenance victimProvenance(Bundle b, Victim v) {
        return b.provenance("NDELIUS", b.area.agency("PROBATION"), b.victimLiaison, b.p.timeline().convictionDate(),
                Provenance.SENSITIVE);
    }

    private static void custody(Bundle b, Rng rng) {
        Timeline t = b.p.timeline();
        if (!t.custodial()) {
            return;
        }
        if (rng.chance(0.3)) {
            LocalDate remand = t.custodyFrom().minusMonths(rng.between(1, 8));
            b.row(ImportFile.CUSTODY_PERIODS, b.prison(remand), b.next("CU"), b.p.id(), "REMAND", remand,
                    t.custodyFrom().minusDays(1), establishment(b, rng));
        }
        String type = t.disposal().equals("HOSPITAL_ORDER") ? "HOSPITAL" : "SENTENCE";
        String where = b.p.phase() == Phase.CUSTODY ? b.p.residence().current().line1()
                : type.equals("HOSPITAL") ? b.area.names.mentalHealth() + " secure unit" : establishment(b, rng);
        b.row(ImportFile.CUSTODY_PERIODS, b.prison(t.custodyFrom()), b.next("CU"), b.p.id(), type, t.custodyFrom(),
                t.releaseDate(), where);
    }

    static String establishment(Bundle b, Rng rng) {
        return rng.chance(0.5) ? rng.pick(b.area.names.prisons()).name() : rng.pick(AreaNames.NATIONAL_PRISONS);
    }

    private static void previousConvictions(Bundle b, Rng rng) {
        Profile p = b.p;
        int count = rng.weighted(35, 35, 20, 10);
        LocalDate earliest = p.dob().plusYears(17);
        LocalDate latest = p.timeline().offenceDate().minusYears(2);
        List<String> types = switch (p.category()) {
            case 1 -> List.of("EXPOSURE", "VOYEURISM", "OTHER", "BURGLARY", "ABH", "HARASSMENT");
            case 2 -> List.of("ABH", "BURGLARY", "ROBBERY", "HARASSMENT", "OTHER", "GBH");
            default -> List.of("ARSON", "OTHER", "ABH", "BURGLARY");
        };
        for (int i = 0; i < count && latest.isAfter(earliest); i++) {
            LocalDate date = rng.date(earliest, latest);
            String type = rng.pick(types);
            String offence = b.next("OFP");
            Town town = rng.chance(0.7) ? p.homeTown() : b.area.byPopulation.pick(rng);
            LatLng at = rng.chance(0.5) ? town.somewhere(rng) : null;
            b.row(ImportFile.OFFENCES, b.pnc(date), offence, type, OffenceTypes.category(type), date,
                    at == null ? null : at.latText(), at == null ? null : at.lngText(), OffenceTypes.place(rng, type),
                    OffenceTypes.method(rng, type, town.name()));
            convict(b, rng, offence, date.plusDays(rng.between(60, 200)), "CV");
        }
    }

    private static void jointOffences(Bundle b, Rng rng) {
        for (JointOffence j : b.plan.jointOffences(b.p.index())) {
            if (j.owner() == b.p.index()) {
                Town town = b.p.homeTown();
                LatLng at = town.somewhere(rng);
                b.row(ImportFile.OFFENCES, b.pnc(j.date()), j.offenceId(), j.type(), OffenceTypes.category(j.type()), j.date(),
                        at.latText(), at.lngText(), OffenceTypes.place(rng, j.type()), OffenceTypes.method(rng, j.type(), town.name()));
            }
            convict(b, rng, j.offenceId(), j.convictionDate(), "CVJ");
        }
    }

    private static void convict(Bundle b, Rng rng, String offenceId, LocalDate on, String prefix) {
        String disposal = new String[] {"FINE", "COMMUNITY", "CAUTION", "CUSTODY", "DISCHARGE"}[rng.weighted(25, 30, 10, 25, 10)];
        Integer months = switch (disposal) {
            case "CUSTODY" -> rng.between(2, 18);
            case "COMMUNITY" -> rng.between(12, 24);
            default -> null;
        };
        String conviction = b.next(prefix);
        b.row(ImportFile.CONVICTIONS, b.pnc(on), conviction, b.p.id(), on, rng.pick(b.area.names.magistratesCourts()),
                disposal, months);
        b.row(ImportFile.CONVICTION_OFFENCES, b.pnc(on), b.next("CO"), conviction, offenceId);
        if (months != null && disposal.equals("CUSTODY")) {
            b.row(ImportFile.CUSTODY_PERIODS, b.prison(on), b.next("CU"), b.p.id(), "SENTENCE", on,
                    on.plusMonths(Math.max(1, months / 2)), rng.pick(AreaNames.NATIONAL_PRISONS));
        }
    }
}
