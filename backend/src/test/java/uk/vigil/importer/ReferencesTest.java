package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    /** A graph holding a few nodes, recording each look-up it is asked for. */
    private static final class FakeGraph implements KeyLookup {
        final List<String> calls = new ArrayList<>();
        final Map<String, Map<String, String>> nodes = new HashMap<>();

        FakeGraph with(String label, String id, String attribute) {
            nodes.computeIfAbsent(label, k -> new HashMap<>()).put(id, attribute);
            return this;
        }

        @Override
        public Map<String, String> find(String label, String role, String attribute, Collection<String> ids) {
            calls.add(label + "/" + role + "/" + attribute + " " + ids);
            Map<String, String> found = new HashMap<>();
            ids.forEach(id -> {
                if (nodes.getOrDefault(label, Map.of()).containsKey(id)) {
                    found.put(id, nodes.get(label).get(id));
                }
            });
            return found;
        }
    }

    private static RowValidator.Checked row(long line, String id, Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", id);
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        values.putIfAbsent("owning_agency", "police");
        return new RowValidator.Checked(line, id, values, new ArrayList<>());
    }

    private static References withPolice(FakeGraph graph) {
        References refs = new References(graph, Map.of());
        refs.accept(ImportSpec.named("agencies"), row(2, "police", "area", "cumbria").row());
        return refs;
    }

    @Test
    void a_reference_to_a_row_of_this_load_needs_no_graph_look_up() {
        FakeGraph graph = new FakeGraph();
        References refs = withPolice(graph);
        RowValidator.Checked officer = row(2, "O-1", "agency", "police");
        refs.check(ImportSpec.named("officers"), List.of(officer));
        assertThat(officer.problems()).isEmpty();
        assertThat(graph.calls).isEmpty();
        assertThat(refs.areaOfAgency("police")).isEqualTo("cumbria");
    }

    @Test
    void the_rest_are_looked_up_in_the_graph_once_per_chunk_per_label() {
        FakeGraph graph = new FakeGraph().with("Person", "P-1", null).with("Person", "P-2", null);
        References refs = withPolice(graph);
        List<RowValidator.Checked> chunk = List.of(row(2, "AL-1", "person", "P-1"), row(3, "AL-2", "person", "P-2"),
                row(4, "AL-3", "person", "P-3"), row(5, "AL-4", "person", "P-1"));
        refs.check(ImportSpec.named("aliases"), chunk);
        assertThat(graph.calls).containsExactly("Person/null/null [P-1, P-2, P-3]");
        assertThat(chunk.get(2).problems()).containsExactly(
                new Problem("person", "person 'P-3' matches no person in this load or the graph"));
        assertThat(chunk).filteredOn(RowValidator.Checked::ok).hasSize(3);

        refs.check(ImportSpec.named("aliases"), List.of(row(6, "AL-5", "person", "P-2")));
        assertThat(graph.calls).hasSize(1); // found once, remembered
    }

    @Test
    void a_reference_to_a_rejected_row_is_rejected_unless_another_target_file_accepted_the_id() {
        FakeGraph graph = new FakeGraph().with("Person", "N-2", null);
        References refs = withPolice(graph);
        refs.reject(ImportSpec.named("nominals"), "N-2", 3);
        refs.reject(ImportSpec.named("nominals"), "N-3", 4);
        refs.accept(ImportSpec.named("victims"), row(2, "N-3").row());
        RowValidator.Checked toRejected = row(2, "OR-1", "person", "N-2");
        RowValidator.Checked toAcceptedElsewhere = row(3, "OR-2", "person", "N-3");
        refs.check(ImportSpec.named("orders"), List.of(toRejected, toAcceptedElsewhere));
        assertThat(toRejected.problems()).containsExactly(
                new Problem("person", "person 'N-2' references rejected row nominals.csv line 3"));
        assertThat(toAcceptedElsewhere.problems()).isEmpty();
        assertThat(graph.calls).isEmpty();
    }

    @Test
    void a_case_must_point_at_a_nominal_not_just_any_person() {
        FakeGraph graph = new FakeGraph();
        References refs = withPolice(graph);
        refs.accept(ImportSpec.named("victims"), row(2, "V-1").row());
        RowValidator.Checked mappaCase = row(2, "MC-1", "person", "V-1", "lead_agency", "police", "area", "cumbria");
        refs.accept(ImportSpec.named("areas"), row(2, "cumbria").row());
        refs.check(ImportSpec.named("mappa_cases"), List.of(mappaCase));
        assertThat(graph.calls).containsExactly("Person/Nominal/null [V-1]");
        assertThat(mappaCase.problems()).containsExactly(
                new Problem("person", "person 'V-1' matches no nominal in this load or the graph"));
    }

    @Test
    void an_exclusion_zone_must_belong_to_an_exclusion_zone_condition_in_the_load_or_the_graph() {
        FakeGraph graph = new FakeGraph().with("Condition", "CD-9", "CURFEW").with("Person", "V-1", null);
        References refs = withPolice(graph);
        refs.accept(ImportSpec.named("conditions"), row(2, "CD-1", "type", "EXCLUSION_ZONE").row());
        refs.accept(ImportSpec.named("conditions"), row(3, "CD-2", "type", "NO_CONTACT").row());
        List<RowValidator.Checked> zones = List.of(row(2, "EZ-1", "condition", "CD-1", "protected_person", "V-1"),
                row(3, "EZ-2", "condition", "CD-2", "protected_person", "V-1"),
                row(4, "EZ-3", "condition", "CD-9", "protected_person", "V-1"));
        refs.check(ImportSpec.named("exclusion_zones"), zones);
        assertThat(zones.get(0).problems()).isEmpty();
        assertThat(zones.get(1).problems()).containsExactly(
                new Problem("condition", "condition 'CD-2' is a NO_CONTACT condition, not EXCLUSION_ZONE"));
        assertThat(zones.get(2).problems()).containsExactly(
                new Problem("condition", "condition 'CD-9' is a CURFEW condition, not EXCLUSION_ZONE"));
        assertThat(graph.calls).contains("Condition/null/type [CD-9]");
    }

    @Test
    void an_agency_from_the_graph_brings_its_area() {
        FakeGraph graph = new FakeGraph().with("Agency", "lancs-police", "lancashire").with("Officer", "O-1", null);
        References refs = new References(graph, Map.of());
        RowValidator.Checked event = row(2, "EV-1", "person", "P-1", "officer", "O-1", "owning_agency", "lancs-police");
        refs.check(ImportSpec.named("events"), List.of(event));
        assertThat(refs.areaOfAgency("lancs-police")).isEqualTo("lancashire");
        assertThat(graph.calls).contains("Agency/null/area [lancs-police]");
    }

    @Test
    void areas_and_agencies_check_owning_agency_against_agencies_csv_read_ahead() {
        FakeGraph graph = new FakeGraph();
        References refs = new References(graph, Map.of("police", "cumbria"));
        RowValidator.Checked area = row(2, "cumbria", "owning_agency", "police");
        RowValidator.Checked unknown = row(3, "lancashire", "owning_agency", "nobody");
        refs.check(ImportSpec.named("areas"), List.of(area, unknown));
        assertThat(area.problems()).isEmpty();
        assertThat(unknown.problems()).containsExactly(
                new Problem("owning_agency", "owning_agency 'nobody' matches no agency in this load or the graph"));
        RowValidator.Checked vehicle = row(2, "VH-1", "owning_agency", "police");
        refs.check(ImportSpec.named("vehicles"), List.of(vehicle));
        assertThat(vehicle.problems()).hasSize(1); // later files need the agency loaded (or in the graph)
    }

    @Test
    void a_mention_looks_its_subject_up_in_the_file_its_subject_type_names() {
        FakeGraph graph = new FakeGraph().with("Vehicle", "VH-1", null).with("Intelligence", "IN-1", null);
        References refs = withPolice(graph);
        RowValidator.Checked vehicle = row(2, "IM-1", "intelligence", "IN-1", "subject_type", "VEHICLE", "subject", "VH-1");
        RowValidator.Checked address = row(3, "IM-2", "intelligence", "IN-1", "subject_type", "ADDRESS", "subject", "VH-1");
        refs.check(ImportSpec.named("intelligence_mentions"), List.of(vehicle, address));
        assertThat(vehicle.problems()).isEmpty();
        assertThat(address.problems()).containsExactly(
                new Problem("subject", "subject 'VH-1' matches no address in this load or the graph"));
    }
}
