package uk.vigil.generator;

import java.time.LocalDate;

/**
 * A duplicate record: the nominal row as another system entered it, sharing the original's phone,
 * home or PNC id. No case, convictions or orders: those sit on the original record.
 */
final class DuplicateRows {
    private DuplicateRows() {
    }

    static void write(Bundle b) {
        Profile p = b.p;
        Duplicate d = b.plan.duplicate(p.index());
        Profile original = b.plan.profile(d.original());
        Rng rng = b.rng(Rng.Stream.IDENTITY);
        LocalDate entered = b.asOf.minusDays(rng.between(30, 3000));
        Agency owner = switch (d.sourceSystem()) {
            case "NOMIS" -> b.prisonOm.agency();
            case "NDELIUS" -> b.area.agency("PROBATION");
            default -> b.area.agency("POLICE");
        };
        Officer by = owner.type().equals("PRISON") ? b.prisonOm : owner.type().equals("PROBATION") ? b.probationOm : b.policeOm;
        Provenance prov = b.provenance(d.sourceSystem(), owner, by, entered, Provenance.SENSITIVE);
        String pnc = d.sharesPnc() ? Identifiers.pnc(IdentityRows.pncYear(original), original.index(), b.world.seed) : null;
        b.row(ImportFile.NOMINALS, prov, p.id(), p.name().forename(), p.name().surname(), null, p.dob(), p.sex(),
                rng.chance(0.5) ? p.group().ethnicity : null, IdentityRows.height(rng, p.sex()), null,
                rng.chance(0.5) ? IdentityRows.description(rng) : null, pnc, null,
                d.sourceSystem().equals("NDELIUS") ? Identifiers.crn(p.index(), b.world.seed) : null,
                d.sourceSystem().equals("NOMIS") ? Identifiers.noms(p.index(), entered.getYear(), b.world.seed) : null, null);
        Residence r = p.residence();
        if (r.ownsCurrent()) {
            HomeRows.address(b, r.current(), r.currentFrom());
        }
        HomeRows.lives(b, r.current(), "HOME", r.currentFrom(), null);
        if (d.sharesPhone()) {
            LocalDate from = b.asOf.minusDays(rng.between(30, 1000));
            b.row(ImportFile.PERSON_DEVICES, prov, b.next("PD"), p.id(), original.id() + "-DV1", from, null);
        } else if (p.hasPhone()) {
            Things.phone(b, rng, p.id(), 1, entered);
        }
    }
}
