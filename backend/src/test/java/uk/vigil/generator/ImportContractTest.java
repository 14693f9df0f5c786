package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every generated file has the contract's header, and every row passes the contract's value rules. */
class ImportContractTest {
    private final Dataset data = Dataset.generated(1_000);

    @Test
    void every_file_has_exactly_the_contract_header() {
        for (ImportFile file : ImportFile.values()) {
            assertThat(data.headers.get(file)).as(file.fileName()).containsExactlyElementsOf(ImportColumns.header(file));
            assertThat(data.rows(file)).as(file.fileName() + " has rows").isNotEmpty();
        }
    }

    @Test
    void every_row_passes_the_field_rules() {
        List<String> problems = new ArrayList<>();
        for (ImportFile file : ImportFile.values()) {
            int line = 2;
            for (Map<String, String> row : data.rows(file)) {
                problems.addAll(Contract.check(file, line++, row));
            }
        }
        assertThat(problems).as(String.join("\n", problems.subList(0, Math.min(30, problems.size())))).isEmpty();
    }

    @Test
    void ids_are_unique_within_each_file() {
        for (ImportFile file : ImportFile.values()) {
            List<Map<String, String>> rows = data.rows(file);
            assertThat(data.ids(file)).as(file.fileName()).hasSize(rows.size());
        }
    }

    /** A person in two person files (an ex-partner who is also a victim) must be the same person in both. */
    @Test
    void person_ids_are_shared_across_person_files_only_for_the_same_person() {
        Map<String, Map<String, String>> seen = new HashMap<>();
        for (ImportFile file : List.of(ImportFile.NOMINALS, ImportFile.VICTIMS, ImportFile.ASSOCIATES, ImportFile.CHILDREN)) {
            for (Map<String, String> row : data.rows(file)) {
                Map<String, String> before = seen.putIfAbsent(row.get("id"), row);
                if (before != null) {
                    assertThat(file).isEqualTo(ImportFile.ASSOCIATES);
                    assertThat(row.get("id")).contains("-V");
                    for (String column : List.of("forename", "surname", "dob", "sex")) {
                        assertThat(row.get(column)).as(row.get("id") + " " + column).isEqualTo(before.get(column));
                    }
                }
            }
        }
    }

    @Test
    void row_rules_beyond_single_fields_hold() {
        for (Map<String, String> c : data.rows(ImportFile.MAPPA_CASES)) {
            int category = Integer.parseInt(c.get("category"));
            int level = Integer.parseInt(c.get("level"));
            assertThat(category).isBetween(1, 3);
            assertThat(level).isBetween(1, 3);
            assertThat(category == 3 && level == 1).as("category 3 at level 1: " + c.get("id")).isFalse();
            assertThat(c.get("status").equals("CLOSED")).isEqualTo(!c.get("closed_date").isEmpty());
            if (!c.get("closed_date").isEmpty()) {
                assertThat(c.get("closed_date")).isGreaterThanOrEqualTo(c.get("referral_date"));
            }
        }
        for (Map<String, String> l : data.rows(ImportFile.CASE_LEVELS)) {
            assertThat(l.get("category").equals("3") && l.get("level").equals("1")).as(l.get("id")).isFalse();
        }
        for (Map<String, String> m : data.rows(ImportFile.MEETINGS)) {
            assertThat(m.get("level")).isIn("2", "3");
        }
        for (Map<String, String> a : data.rows(ImportFile.ASSOCIATIONS)) {
            assertThat(a.get("person")).isNotEqualTo(a.get("other"));
        }
        for (Map<String, String> a : data.rows(ImportFile.ALIASES)) {
            assertThat(a.get("forename") + a.get("surname")).isNotEmpty();
        }
        for (Map<String, String> r : data.rows(ImportFile.RISK_ASSESSMENTS)) {
            if (Set.of("ROSH", "RM2000").contains(r.get("tool"))) {
                assertThat(r.get("level")).as(r.get("id")).isNotEmpty();
            }
        }
        for (Map<String, String> c : data.rows(ImportFile.CONDITIONS)) {
            if (c.get("type").equals("CURFEW")) {
                assertThat(c.get("curfew_start")).isNotEmpty();
                assertThat(c.get("curfew_end")).isNotEmpty();
            }
            if (c.get("type").equals("NOT_IN_SIGHT_OF")) {
                assertThat(c.get("place_types")).isNotEmpty();
                assertThat(c.get("distance_m")).isNotEmpty();
            }
        }
    }

    @Test
    void nothing_is_entered_after_the_as_of_date() {
        String asOf = GeneratorOptions.DEFAULT_AS_OF.toString();
        for (ImportFile file : ImportFile.values()) {
            for (Map<String, String> row : data.rows(file)) {
                assertThat(row.get("entered_at").substring(0, 10)).as(file + " " + row.get("id")).isLessThanOrEqualTo(asOf);
            }
        }
    }

    @Test
    void owning_agency_is_a_real_agency_and_marking_is_set() {
        var agencies = data.ids(ImportFile.AGENCIES);
        for (ImportFile file : ImportFile.values()) {
            for (Map<String, String> row : data.rows(file)) {
                String owner = row.get("owning_agency");
                if (!owner.isEmpty() || (file != ImportFile.AREAS && file != ImportFile.AGENCIES)) {
                    assertThat(agencies).as(file + " " + row.get("id")).contains(owner);
                }
            }
        }
    }
}
