package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * Exclusion zone geometry around a victim's home: a circle (Point + radius, half of them), a
 * star-shaped polygon (two in five) or a MultiPolygon adding the victim's workplace (one in ten).
 */
final class Zones {
    private Zones() {
    }

    /**
     * @param mustContainHome make the zone cover {@code offenderHome} too (the planted breach): the
     *                        star polygon's edges stay beyond 0.56 of its base radius, so a base of
     *                        twice the distance plus 250 m always covers it
     */
    static Zone draw(Rng rng, String id, String conditionId, Victim v, LatLng offenderHome, boolean mustContainHome,
                     LocalDate from, LocalDate to) {
        LatLng centre = v.home().at();
        double distance = mustContainHome ? centre.distanceM(offenderHome) : 0;
        int shape = rng.weighted(50, 40, 10);
        if (shape == 0) {
            int radius = (int) Math.round(mustContainHome ? distance + rng.between(200, 600) : rng.between(300, 2000));
            return new Zone(id, conditionId, v, centre, radius, List.of(), from, to);
        }
        double base = mustContainHome ? 2 * distance + 250 : rng.between(400, 1500);
        List<LatLng> home = Geo.starRing(rng, centre, base, rng.between(8, 14));
        if (shape == 1 || mustContainHome) {
            return new Zone(id, conditionId, v, centre, 0, List.of(home), from, to);
        }
        double second = rng.between(300, 800);
        LatLng work = centre.towards(rng.unit() * 2 * Math.PI, 1.3 * (base + second) + rng.between(500, 5000));
        List<LatLng> workplace = Geo.starRing(rng, work, second, rng.between(8, 12));
        return new Zone(id, conditionId, v, centre, 0, List.of(home, workplace), from, to);
    }
}
