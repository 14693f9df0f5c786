package uk.vigil.generator;

import java.util.List;

/**
 * A place people live in: a gb-places row with a weight (how many of the area's people live there),
 * a spread (how far from the centre its streets reach) and its postcode districts.
 */
record Town(String name, String county, LatLng centre, double weight, double spreadM, List<String> districts) {

    /** A residential point: normally scattered around the centre, never beyond the town's edge. */
    LatLng somewhere(Rng rng) {
        return Geo.around(rng, centre, spreadM, spreadM * 2.5);
    }

    String district(Rng rng) {
        return rng.pick(districts);
    }
}
