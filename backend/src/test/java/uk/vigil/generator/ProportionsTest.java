package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published proportions docs/generator.md promises, at 5,000 nominals. */
class ProportionsTest {
    private final Dataset data = Dataset.generated(5_000);
    private final List<Map<String, String>> cases = data.rows(ImportFile.MAPPA_CASES);

    private double share(java.util.function.Predicate<Map<String, String>> p) {
        return cases.stream().filter(p).count() / (double) cases.size();
    }

    @Test
    void categories_follow_the_published_split() {
        assertThat(share(c -> c.get("category").equals("1"))).isCloseTo(0.72, within(0.025));
        assertThat(share(c -> c.get("category").equals("2"))).isCloseTo(0.27, within(0.025));
        assertThat(share(c -> c.get("category").equals("3"))).isCloseTo(0.01, within(0.006));
    }

    @Test
    void almost_all_cases_are_at_level_one_and_category_three_never_is() {
        assertThat(share(c -> c.get("level").equals("1"))).isCloseTo(0.985, within(0.008));
        assertThat(share(c -> c.get("level").equals("2"))).isCloseTo(0.013, within(0.007));
        assertThat(share(c -> c.get("level").equals("3"))).isCloseTo(0.002, within(0.003));
        assertThat(cases).noneMatch(c -> c.get("category").equals("3") && c.get("level").equals("1"));
    }

    @Test
    void about_one_case_in_eight_is_closed() {
        assertThat(share(c -> c.get("status").equals("CLOSED"))).isBetween(0.09, 0.16);
    }

    @Test
    void latest_rosh_is_mostly_medium() {
        Map<String, String[]> latest = new HashMap<>();
        for (Map<String, String> r : data.rows(ImportFile.RISK_ASSESSMENTS)) {
            if (r.get("tool").equals("ROSH")) {
                String[] seen = latest.get(r.get("person"));
                if (seen == null || r.get("date").compareTo(seen[0]) > 0) {
                    latest.put(r.get("person"), new String[] {r.get("date"), r.get("level")});
                }
            }
        }
        Map<String, Long> counts = new HashMap<>();
        latest.values().forEach(v -> counts.merge(v[1], 1L, Long::sum));
        double n = latest.size();
        assertThat(counts.get("LOW") / n).isCloseTo(0.30, within(0.03));
        assertThat(counts.get("MEDIUM") / n).isCloseTo(0.45, within(0.03));
        assertThat(counts.get("HIGH") / n).isCloseTo(0.22, within(0.03));
        assertThat(counts.get("VERY_HIGH") / n).isCloseTo(0.03, within(0.015));
    }

    @Test
    void registered_sex_offenders_are_mostly_men_and_everyone_is_an_adult() {
        Map<String, Map<String, String>> nominals = data.byId(ImportFile.NOMINALS);
        long rsos = cases.stream().filter(c -> c.get("category").equals("1")).count();
        long male = cases.stream().filter(c -> c.get("category").equals("1"))
                .filter(c -> nominals.get(c.get("person")).get("sex").equals("M")).count();
        assertThat(male / (double) rsos).isCloseTo(0.955, within(0.02));
        for (Map<String, String> n : data.rows(ImportFile.NOMINALS)) {
            long age = ChronoUnit.YEARS.between(LocalDate.parse(n.get("dob")), GeneratorOptions.DEFAULT_AS_OF);
            assertThat(age).as(n.get("id")).isBetween(18L, 85L);
        }
    }

    @Test
    void planted_truths_come_in_the_promised_amounts() {
        var m = data.manifest;
        double nominals = 5_000;
        assertThat(m.get("duplicates").get("total").asLong() / nominals).isBetween(0.01, 0.02);
        assertThat(m.get("hiddenAssociations").get("total").asLong()).isGreaterThan(20);
        assertThat(m.get("coOffenderGroups").get("total").asLong()).isGreaterThan(50);
        assertThat(m.get("aliases").get("total").asLong() / nominals).isBetween(0.1, 0.25);
        assertThat(m.get("childrenAtRsoAddresses").get("total").asLong()).isGreaterThan(20);
        assertThat(m.get("insideOwnExclusionZone").get("total").asLong()).isGreaterThan(10);
        assertThat(m.get("nearVictim").get("total").asLong()).isGreaterThan(20);
    }

    @Test
    void every_nominal_with_an_active_case_in_the_community_has_one_current_home() {
        Map<String, Long> openHomes = new HashMap<>();
        data.rows(ImportFile.PERSON_ADDRESSES).stream().filter(r -> r.get("relation").equals("HOME") && r.get("to").isEmpty())
                .forEach(r -> openHomes.merge(r.get("person"), 1L, Long::sum));
        for (Map<String, String> c : cases) {
            if (c.get("status").equals("ACTIVE")) {
                assertThat(openHomes.get(c.get("person"))).as(c.get("person")).isEqualTo(1L);
            }
        }
    }
}
