package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every reference points at a row that exists, of the right kind. */
class ReferentialIntegrityTest {
    private final Dataset data = Dataset.generated(1_000);

    @Test
    void every_reference_points_at_an_existing_row() {
        Map<ImportFile, Set<String>> ids = new EnumMap<>(ImportFile.class);
        for (ImportFile f : ImportFile.values()) {
            ids.put(f, data.ids(f));
        }
        Set<String> people = data.personIds();
        List<String> dangling = new ArrayList<>();
        for (ImportFile file : ImportFile.values()) {
            for (Column c : ImportColumns.all(file)) {
                if (c.type() != Column.Type.REF) {
                    continue;
                }
                for (Map<String, String> row : data.rows(file)) {
                    String value = row.get(c.name());
                    if (value.isEmpty()) {
                        continue;
                    }
                    Set<String> targets = switch (c.ref()) {
                        case "people" -> people;
                        case "subject" -> row.get("subject_type").equals("PERSON") ? people : ids.get(subjectFile(row.get("subject_type")));
                        default -> ids.get(ImportFile.valueOf(c.ref().toUpperCase()));
                    };
                    if (!targets.contains(value)) {
                        dangling.add(file.fileName() + " " + row.get("id") + " " + c.name() + " -> " + value);
                    }
                }
            }
        }
        assertThat(dangling).as(String.join("\n", dangling.subList(0, Math.min(20, dangling.size())))).isEmpty();
    }

    @Test
    void typed_references_point_at_the_right_kind_of_row() {
        Map<String, Map<String, String>> conditions = data.byId(ImportFile.CONDITIONS);
        for (Map<String, String> zone : data.rows(ImportFile.EXCLUSION_ZONES)) {
            assertThat(conditions.get(zone.get("condition")).get("type")).isEqualTo("EXCLUSION_ZONE");
        }
        Map<String, Map<String, String>> officers = data.byId(ImportFile.OFFICERS);
        for (Map<String, String> m : data.rows(ImportFile.MEETINGS)) {
            assertThat(officers.get(m.get("chair")).get("role")).isEqualTo("MAPPA_CHAIR");
        }
        for (Map<String, String> a : data.rows(ImportFile.ACTIONS)) {
            assertThat(officers.get(a.get("owner")).get("agency")).isEqualTo(a.get("owner_agency"));
        }
        for (Map<String, String> po : data.rows(ImportFile.PERSON_OFFICERS)) {
            String officerRole = officers.get(po.get("officer")).get("role");
            assertThat(officerRole).as(po.get("id")).isEqualTo(po.get("role"));
        }
        Set<String> nominals = data.ids(ImportFile.NOMINALS);
        for (Map<String, String> c : data.rows(ImportFile.MAPPA_CASES)) {
            assertThat(nominals).contains(c.get("person"));
        }
    }

    private static ImportFile subjectFile(String subjectType) {
        return switch (subjectType) {
            case "PERSON" -> ImportFile.NOMINALS;
            case "VEHICLE" -> ImportFile.VEHICLES;
            case "ADDRESS" -> ImportFile.ADDRESSES;
            case "DEVICE" -> ImportFile.DEVICES;
            default -> ImportFile.ACCOUNTS;
        };
    }
}
