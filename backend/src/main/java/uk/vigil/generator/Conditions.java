package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one condition of an order, with what hangs off it: the person a NO_CONTACT or
 * EXCLUSION_ZONE condition protects, and the zone's geometry. Wording follows real licences.
 */
final class Conditions {
    private Conditions() {
    }

    static void notInSightOf(Bundle b, Rng rng, OrderRows.Order o) {
        List<String> types = new ArrayList<>(List.of("SWIMMING_POOL"));
        for (String t : new String[] {"SCHOOL", "PLAYGROUND", "NURSERY", "LEISURE_CENTRE"}) {
            if (rng.chance(0.5)) {
                types.add(t);
            }
        }
        int distance = rng.between(5, 25) * 10;
        condition(b, o, "NOT_IN_SIGHT_OF", "Not to enter or remain in sight of any " + String.join(", ",
                types.stream().map(t -> Names.lower(t.replace('_', ' '))).toList())
                + " (within " + distance + " metres) without the prior approval of your supervising officer.",
                String.join(";", types), distance, null, null);
    }

    static void childResidence(Bundle b, OrderRows.Order o) {
        String id = condition(b, o, "NO_CHILD_RESIDENCE", "Not to reside in the same household as any child under "
                + "the age of 16 without the prior approval of your supervising officer.");
        if (o.activeOn(b.asOf)) {
            b.childResidenceConditions.add(id);
        }
    }

    static void noContact(Bundle b, OrderRows.Order o, Victim v) {
        String id = condition(b, o, "NO_CONTACT", "Not to approach or communicate with " + v.name().full()
                + " directly or indirectly without the prior approval of your supervising officer.");
        b.row(ImportFile.CONDITION_PROTECTS, o.provenance(), b.next("CP"), id, v.id());
    }

    /** Draws an exclusion zone around the home of the first living victim with one; false when there is none. */
    static boolean zone(Bundle b, Rng rng, OrderRows.Order o, boolean mustContainHome) {
        Victim v = b.victims.stream().filter(x -> x.home() != null).findFirst().orElse(null);
        if (v == null) {
            return false;
        }
        String where = v.home().town() + (v.home().line2() == null ? "" : " (" + v.home().line2() + ")");
        String condition = condition(b, o, "EXCLUSION_ZONE", "Not to enter the area of " + where
                + " as defined by the attached map without the prior approval of your supervising officer.");
        b.row(ImportFile.CONDITION_PROTECTS, o.provenance(), b.next("CP"), condition, v.id());
        Zone zone = Zones.draw(rng, b.next("EZ"), condition, v, b.home(), mustContainHome, o.from(), o.to());
        b.zones.add(zone);
        if (mustContainHome) {
            b.plantedZones.add(zone.id());
        }
        b.row(ImportFile.EXCLUSION_ZONES, o.provenance(), zone.id(), condition, v.id(), where + " exclusion zone",
                zone.geoJson(), zone.isCircle() ? zone.radiusM() : null, zone.from(), zone.to());
        return true;
    }

    static String condition(Bundle b, OrderRows.Order o, String type, String wording) {
        return condition(b, o, type, wording, null, null, null, null);
    }

    static String condition(Bundle b, OrderRows.Order o, String type, String wording, String placeTypes, Integer distance,
                                    String curfewStart, String curfewEnd) {
        String id = b.next("CN");
        b.row(ImportFile.CONDITIONS, o.provenance(), id, o.id(), type, wording, o.from(), o.to(), placeTypes, distance,
                curfewStart, curfewEnd);
        return id;
    }
}
