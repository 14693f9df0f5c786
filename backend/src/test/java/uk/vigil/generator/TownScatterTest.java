package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Homes are scattered around a town's centre with a two-dimensional normal: the share within r of
 * the centre is 1 - exp(-r^2 / 2 sd^2), so the centre is the densest part but not a spike. With a
 * normal distance in a uniform direction a fifth of the homes were within a quarter of sd.
 */
class TownScatterTest {
    private static final LatLng CARLISLE = new LatLng(54.8925, -2.9329);

    @Test
    void homes_around_a_town_follow_a_two_dimensional_normal_within_its_edge() {
        double sd = 2_000;
        int n = 100_000;
        int within500 = 0;
        int within2000 = 0;
        double furthest = 0;
        for (int i = 0; i < n; i++) {
            double d = CARLISLE.distanceM(Geo.around(Rng.of(7, Rng.Stream.HOME, i), CARLISLE, sd, sd * 2.5));
            within500 += d <= 500 ? 1 : 0;
            within2000 += d <= 2000 ? 1 : 0;
            furthest = Math.max(furthest, d);
        }
        // homes beyond the edge (2.5 sd: 4.4%) are drawn again, so each share is of the 95.6% inside it
        double inside = 1 - Math.exp(-0.5 * 2.5 * 2.5);
        assertThat(within500 / (double) n).isCloseTo((1 - Math.exp(-0.5 * 0.25 * 0.25)) / inside, within(0.004)); // 3.2%
        assertThat(within2000 / (double) n).isCloseTo((1 - Math.exp(-0.5)) / inside, within(0.01)); // 41.2%
        assertThat(furthest).isLessThanOrEqualTo(sd * 2.5 + 1);
    }
}
