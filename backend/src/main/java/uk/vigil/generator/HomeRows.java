package uk.vigil.generator;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The nominal's addresses: homes past and present, a proposed release address, work and haunts. */
final class HomeRows {
    private HomeRows() {
    }

    static void write(Bundle b) {
        Profile p = b.p;
        Residence r = p.residence();
        Rng rng = b.rng(Rng.Stream.HOME);
        Set<String> written = new LinkedHashSet<>();
        ownAddress(b, r.current(), r.currentFrom(), written);
        ownAddress(b, r.previous(), r.previousFrom(), written);
        ownAddress(b, r.proposed(), b.asOf, written);
        if (r.previous() != null) {
            lives(b, r.previous(), "HOME", r.previousFrom(), r.currentFrom());
        }
        LocalDate leftHome = p.phase() == Phase.CLOSED && rng.chance(0.3) ? p.timeline().closedDate() : null;
        lives(b, r.current(), "HOME", r.currentFrom(), leftHome);
        if (r.proposed() != null) {
            LocalDate proposedOn = Timelines.max(p.timeline().custodyFrom(), b.asOf.minusDays(rng.between(10, 90)));
            lives(b, r.proposed(), "PROPOSED", proposedOn, null);
        }
        if (p.inCommunity() && rng.chance(0.3)) {
            lives(b, rng.pick(b.area.businesses), "WORK", Timelines.max(r.currentFrom(), b.asOf.minusDays(rng.between(30, 1500))), null);
        }
        if (p.inCommunity() && rng.chance(0.2)) {
            lives(b, rng.pick(b.area.businesses), "FREQUENTS", b.asOf.minusDays(rng.between(30, 700)), null);
        }
    }

    /** Writes the address row if this bundle owns it (its id carries the nominal's id). */
    static void ownAddress(Bundle b, Address a, LocalDate date, Set<String> written) {
        if (a != null && a.id().startsWith(b.p.id() + "-") && written.add(a.id())) {
            address(b, a, date);
        }
    }

    static void address(Bundle b, Address a, LocalDate date) {
        b.row(ImportFile.ADDRESSES, b.police(date), a.id(), a.line1(), a.line2(), a.town(), a.county(), a.postcode(),
                a.at().latText(), a.at().lngText(), a.kind());
    }

    static void lives(Bundle b, Address a, String relation, LocalDate from, LocalDate to) {
        livesFor(b, b.p.id(), a, relation, from, to);
    }

    static void livesFor(Bundle b, String personId, Address a, String relation, LocalDate from, LocalDate to) {
        LocalDate end = to != null && to.isBefore(from) ? from : to;
        b.row(ImportFile.PERSON_ADDRESSES, b.police(from), b.next("PA"), personId, a.id(), relation, from, end);
    }
}
