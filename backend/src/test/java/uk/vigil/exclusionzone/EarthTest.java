package uk.vigil.exclusionzone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short-distance approximation against the geodesic, over Great Britain's latitudes. */
class EarthTest {

    @Test
    void short_distances_are_within_a_centimetre_of_the_geodesic_up_to_five_kilometres() {
        Random random = new Random(7);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double lat = 49.9 + random.nextDouble() * 10.9;
            double lng = -8 + random.nextDouble() * 9.8;
            Double[] other = {lat + (random.nextDouble() - 0.5) * 0.09, lng + (random.nextDouble() - 0.5) * 0.14};
            double exact = Earth.distanceM(lat, lng, other[0], other[1]);
            if (exact > 5_000) {
                continue;
            }
            worst = Math.max(worst, Math.abs(Earth.shortDistanceM(lat, lng, other[0], other[1]) - exact));
        }
        assertThat(worst).isLessThan(0.01);
        assertThat(Earth.shortDistanceM(54.89, -2.93, 54.89, -2.93)).isZero();
    }

    @Test
    void against_a_radius_the_geodesic_decides_near_the_border_and_the_short_formula_elsewhere() {
        double exact = Earth.distanceM(54.89, -2.93, 54.8936, -2.9251);
        assertThat(Earth.distanceAgainstM(54.89, -2.93, 54.8936, -2.9251, exact)).isEqualTo(exact);
        assertThat(Earth.distanceAgainstM(54.89, -2.93, 54.8936, -2.9251, exact + 0.2)).isEqualTo(exact);
        double far = Earth.distanceAgainstM(54.89, -2.93, 54.8936, -2.9251, exact * 2);
        assertThat(far).isEqualTo(Earth.shortDistanceM(54.89, -2.93, 54.8936, -2.9251)).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.01));
    }
}
