package uk.vigil.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The day-cells a search seeks hold every fix within its circle and window (TagSlot). */
class TagSlotTest {
    @Test
    void a_fix_has_the_slot_of_its_utc_day_and_cell() {
        assertThat(TagSlot.of(Instant.parse("2025-03-04T23:59:00Z"), 54.8912, -2.9341)).isEqualTo("2025-03-04/548/-20");
        assertThat(TagSlot.of(Instant.parse("2025-03-05T00:00:00Z"), 54.8912, -2.9341)).isEqualTo("2025-03-05/548/-20");
    }

    @Test
    void the_slots_around_a_search_hold_every_fix_within_its_radius_and_window() {
        SplittableRandom random = new SplittableRandom(7);
        Instant from = Instant.parse("2025-03-04T21:00:00Z");
        Instant to = Instant.parse("2025-03-05T01:00:00Z");
        for (int search = 0; search < 500; search++) {
            double lat = 50 + random.nextDouble() * 5;
            double lng = -5 + random.nextDouble() * 6.5;
            double radius = 100 + random.nextDouble() * 20_000;
            List<String> slots = TagSlot.around(from, to, lat, lng, radius);
            for (int fix = 0; fix < 40; fix++) {
                double bearing = random.nextDouble() * 2 * Math.PI;
                double metres = radius * Math.sqrt(random.nextDouble());
                double fLat = lat + metres * Math.cos(bearing) / 111_000;
                double fLng = lng + metres * Math.sin(bearing) / (111_000 * Math.cos(Math.toRadians(lat)));
                Instant at = from.plusSeconds(random.nextLong(to.getEpochSecond() - from.getEpochSecond() + 1));
                assertThat(slots).as("search %d, fix %d", search, fix).contains(TagSlot.of(at, fLat, fLng));
            }
        }
    }

    @Test
    void a_search_of_a_town_in_one_evening_seeks_a_few_slots_and_a_window_of_months_none() {
        assertThat(TagSlot.around(Instant.parse("2025-03-04T19:00:00Z"), Instant.parse("2025-03-04T22:00:00Z"), 54.8912,
                -2.9341, 2_000)).hasSizeBetween(1, 4);
        assertThatThrownBy(() -> TagSlot.around(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-03-01T00:00:00Z"),
                54.89, -2.93, 2_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
