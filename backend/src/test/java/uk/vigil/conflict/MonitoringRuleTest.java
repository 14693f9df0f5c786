package uk.vigil.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 1 from electronic monitoring (docs/geo.md): tag positions inside his own active zones, decided
 * exactly, one finding per zone, counting only positions from the day the zone came into force.
 */
class MonitoringRuleTest {
    private static final ConflictRules RULES = new ConflictRules(ConflictSettings.defaults());
    /** A 300 m circle around a victim's home in Carlisle, in force from 2026-10-30. */
    private static final NominalFacts.Zone ZONE = new NominalFacts.Zone("EZ1", "CN1",
            "{\"type\":\"Point\",\"coordinates\":[-2.9300,54.8900]}", 300L, List.of("V1"), LocalDate.parse("2026-10-30"));
    /** A polygon 2 km east, in force for years. */
    private static final NominalFacts.Zone SQUARE = new NominalFacts.Zone("EZ2", "CN2",
            "{\"type\":\"Polygon\",\"coordinates\":[[[-2.90,54.88],[-2.89,54.88],[-2.89,54.89],[-2.90,54.89],[-2.90,54.88]]]}",
            null, List.of("V2"), LocalDate.parse("2020-01-01"));

    private static NominalFacts facts(List<NominalFacts.Zone> zones, List<NominalFacts.Fix> trail) {
        return new NominalFacts("N1", "cumbria", false, List.of(), zones, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), trail);
    }

    private static NominalFacts.Fix fix(String id, String at, double lat, double lng) {
        return new NominalFacts.Fix(id, lat, lng, Instant.parse(at), 10);
    }

    private static List<Finding> monitoring(NominalFacts f) {
        return RULES.evaluate(f).stream().filter(x -> x.relation().equals("MONITORING")).toList();
    }

    @Test
    void positions_inside_a_zone_in_force_make_one_finding_naming_the_first_and_counting_them() {
        List<NominalFacts.Fix> trail = new ArrayList<>(List.of(
                fix("F1", "2026-10-29T12:00:00Z", 54.8900, -2.9300), // inside, but the day before the zone came into force
                fix("F2", "2026-10-30T09:00:00Z", 54.8950, -2.9300), // 556 m north: outside
                fix("F4", "2026-10-31T10:05:00Z", 54.8901, -2.9301), // inside (given out of order: sorted by time)
                fix("F3", "2026-10-31T10:00:00Z", 54.8910, -2.9300))); // 111 m north: inside
        List<Finding> found = monitoring(facts(List.of(ZONE), trail));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.rule()).isEqualTo(ConflictRule.EXCLUSION_ZONE);
        assertThat(f.placeId()).isEqualTo("F3");
        assertThat(f.summary()).isEqualTo("His tag recorded him inside an active exclusion zone (condition CN1) 2 times, "
                + "from 2026-10-31 10:00 to 2026-10-31 10:05, up to 287 m inside its border.");
        assertThat(f.distanceM()).isBetween(286.5, 288.0);
        assertThat(f.involves()).containsExactly(new Finding.Involved("TAG_FIX", "TagFix", "F3"),
                new Finding.Involved("ZONE", "ExclusionZone", "EZ1"), new Finding.Involved("CONDITION", "Condition", "CN1"),
                new Finding.Involved("PROTECTED_PERSON", "Person", "V1"));

        // a later position inside keeps the same conflict (its id), with the new count
        trail.add(fix("F5", "2026-10-31T18:00:00Z", 54.8899, -2.9299));
        Finding later = monitoring(facts(List.of(ZONE), trail)).get(0);
        assertThat(later.id()).isEqualTo(f.id());
        assertThat(later.summary()).contains("3 times, from 2026-10-31 10:00 to 2026-10-31 18:00");
        assertThat(later.fingerprint()).isNotEqualTo(f.fingerprint());
    }

    @Test
    void each_zone_is_its_own_finding_a_single_position_says_once_and_a_border_point_is_inside() {
        List<NominalFacts.Fix> trail = List.of(
                fix("F1", "2026-10-31T08:00:00Z", 54.8900, -2.9300),
                fix("F2", "2026-10-31T09:00:00Z", 54.8850, -2.8950),
                fix("F3", "2026-10-31T09:05:00Z", 54.8800, -2.8950)); // on the square's southern edge
        List<Finding> found = monitoring(facts(List.of(ZONE, SQUARE), trail));
        assertThat(found).extracting(Finding::placeId).containsExactly("F1", "F2");
        assertThat(found.get(0).summary()).contains("once, at 2026-10-31 08:00");
        assertThat(found.get(1).summary()).contains("2 times, from 2026-10-31 09:00 to 2026-10-31 09:05");
    }

    @Test
    void no_zone_no_position_inside_or_vetting_find_nothing_from_monitoring() {
        List<NominalFacts.Fix> inside = List.of(fix("F1", "2026-10-31T08:00:00Z", 54.8900, -2.9300));
        assertThat(monitoring(facts(List.of(), inside))).isEmpty();
        assertThat(monitoring(facts(List.of(ZONE), List.of(fix("F2", "2026-10-31T08:00:00Z", 54.90, -2.93))))).isEmpty();
        assertThat(monitoring(facts(List.of(ZONE), inside).addressesOnly())).isEmpty();
    }
}
