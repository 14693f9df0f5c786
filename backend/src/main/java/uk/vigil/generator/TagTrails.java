package uk.vigil.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The positions a GPS tag records (tag_fixes.csv), each a few metres off the true position with the
 * accuracy the tag states: the last day of every GPS-tagged man on licence ({@link #recentDay}), and,
 * a fix a minute, trails planted for suspect cases ({@link SuspectCases}): the offender's tag following
 * him to the place and back, and a look-alike's tag keeping him at home.
 */
final class TagTrails {
    static final int EVERY_S = 60;
    /** How long the trip from base to the place takes each way. */
    static final int TRAVEL_MIN = 12;

    record Fix(String id, String person, Instant at, LatLng where, int accuracyM) {
    }

    private TagTrails() {
    }

    /** At {@code home} from {@code start} to {@code end}. */
    static List<Fix> atHome(Rng rng, String idPrefix, String person, LatLng home, Instant start, Instant end) {
        List<Fix> out = new ArrayList<>();
        for (Instant t = start; !t.isAfter(end); t = t.plusSeconds(EVERY_S)) {
            out.add(fix(rng, idPrefix, out.size(), person, t, home));
        }
        return out;
    }

    /**
     * At {@code base}, then {@link #TRAVEL_MIN} minutes to {@code place}, {@code stayMin} minutes there
     * from {@code arrive}, and back: where the tag of a man who went to the place records him.
     */
    static List<Fix> visit(Rng rng, String idPrefix, String person, LatLng base, LatLng place, Instant start, Instant end,
                           Instant arrive, int stayMin) {
        Instant depart = arrive.plusSeconds(stayMin * 60L);
        List<Fix> out = new ArrayList<>();
        for (Instant t = start; !t.isAfter(end); t = t.plusSeconds(EVERY_S)) {
            out.add(fix(rng, idPrefix, out.size(), person, t, position(base, base, place, arrive, depart, t)));
        }
        return out;
    }

    /** A share of electronic monitoring is by GPS tag; the rest are curfew tags, which record no location. */
    static final double GPS = 0.5;
    /** The share of tagged men with an exclusion zone in force whose recorded day has an outing into it. */
    static final double ZONE_VISIT = 0.3;
    /** The recorded day's trail is kept at a fix every five minutes (the tag records one a minute). */
    static final int RECENT_EVERY_S = 300;
    /** Where the generated times are local (as the suspect search reads its windows). */
    static final java.time.ZoneId LOCAL = uk.vigil.common.EnglandAndWales.ZONE;

    /**
     * The last recorded day (the day before {@code asOf}) of a GPS-tagged man on licence: at home but for
     * up to three outings between 08:00 and 22:00, 0.5 to 6 km away for half an hour to two and a half
     * (the first, for {@link #ZONE_VISIT} of men with a zone in force, into that zone).
     * Background for the suspect search: what tag data near a place looks like, and what a search of that
     * day must read past. On its own random stream, so no other file changes.
     */
    static void recentDay(Bundle b, OrderRows.Order licence) {
        java.time.LocalDate day = b.asOf.minusDays(1);
        Rng rng = b.rng(Rng.Stream.TAGS);
        if (!licence.activeOn(day) || !licence.from().isBefore(day) || !rng.chance(GPS)) {
            return;
        }
        LatLng home = b.home();
        List<Instant[]> trips = new ArrayList<>();
        List<LatLng> where = new ArrayList<>();
        int trip = rng.between(0, 3);
        // for some men with an exclusion zone in force, the first outing goes into it: a breach the monitoring
        // data shows (the conflict rules' rule 1; Findings records every position inside a zone, planted or not)
        LatLng intoZone = null;
        List<Zone> zones = b.zones.stream().filter(z -> z.activeOn(day) && z.activeOn(b.asOf)).toList();
        if (!zones.isEmpty() && rng.chance(ZONE_VISIT)) {
            Zone z = zones.get(rng.between(0, zones.size() - 1));
            LatLng target = z.isCircle() ? Geo.ring(rng, z.centre(), 0, z.radiusM() / 3.0) : z.centre();
            if (z.contains(target)) {
                intoZone = target;
                b.tagZoneVisit = z.id();
                trip = Math.max(trip, 1);
            }
        }
        int minute = 8 * 60;
        for (int k = 0; k < trip && minute < 21 * 60; k++) {
            int leave = minute + rng.between(0, 180);
            int stay = rng.between(30, 150);
            if (leave + stay + 2 * TRAVEL_MIN > 22 * 60) {
                break;
            }
            Instant arrive = day.atTime(0, 0).plusMinutes(leave + TRAVEL_MIN).atZone(LOCAL).toInstant();
            trips.add(new Instant[] {arrive, arrive.plusSeconds(stay * 60L)});
            where.add(k == 0 && intoZone != null ? intoZone : Geo.ring(rng, home, 500, 6_000));
            minute = leave + stay + 2 * TRAVEL_MIN;
        }
        Instant start = day.atStartOfDay(LOCAL).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(LOCAL).toInstant().minusSeconds(RECENT_EVERY_S);
        Provenance provenance = new Provenance("EMS", "ems-feed", Provenance.instant(day.plusDays(1), b.asOf, 60),
                b.area.agency("ELECTRONIC_MONITORING").id(), Provenance.SENSITIVE);
        int n = 0;
        for (Instant t = start; !t.isAfter(end); t = t.plusSeconds(RECENT_EVERY_S)) {
            LatLng at = home;
            for (int k = 0; k < trips.size(); k++) {
                at = position(at, home, where.get(k), trips.get(k)[0], trips.get(k)[1], t);
            }
            Fix f = fix(rng, b.p.id() + "-TF", n++, b.p.id(), t, at);
            b.row(ImportFile.TAG_FIXES, provenance, f.id(), f.person(), f.at().toString(), f.where().latText(), f.where().lngText(),
                    f.accuracyM());
            // as written (six decimals), so that the truths are what the importer reads
            b.tagFixes.add(new Fix(f.id(), f.person(), f.at(), new LatLng(Double.parseDouble(f.where().latText()),
                    Double.parseDouble(f.where().lngText())), f.accuracyM()));
        }
    }

    /** Where a man on one outing (at {@code there} from {@code arrive} to {@code depart}) is at {@code t}; {@code otherwise} when not out. */
    private static LatLng position(LatLng otherwise, LatLng home, LatLng there, Instant arrive, Instant depart, Instant t) {
        Instant leave = arrive.minusSeconds(TRAVEL_MIN * 60L);
        Instant back = depart.plusSeconds(TRAVEL_MIN * 60L);
        if (t.isBefore(leave) || t.isAfter(back)) {
            return otherwise;
        }
        if (t.isBefore(arrive)) {
            return between(home, there, seconds(leave, t) / (TRAVEL_MIN * 60.0));
        }
        return t.isAfter(depart) ? between(there, home, seconds(depart, t) / (TRAVEL_MIN * 60.0)) : there;
    }

    private static Fix fix(Rng rng, String idPrefix, int n, String person, Instant at, LatLng where) {
        int accuracy = rng.between(4, 20);
        LatLng seen = where.offset(rng.gaussian() * accuracy / 2, rng.gaussian() * accuracy / 2);
        return new Fix(idPrefix + Identifiers.pad(n + 1L, 4), person, at, seen, accuracy);
    }

    private static long seconds(Instant from, Instant to) {
        return to.getEpochSecond() - from.getEpochSecond();
    }

    private static LatLng between(LatLng a, LatLng b, double share) {
        return new LatLng(a.lat() + (b.lat() - a.lat()) * share, a.lng() + (b.lng() - a.lng()) * share);
    }
}
