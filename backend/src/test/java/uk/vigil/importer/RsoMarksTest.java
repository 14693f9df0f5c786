package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.database.Graph;
import uk.vigil.testing.TestGraph;

/**
 * Rule 5's marks (migration V0013) after each kind of import that can change them, on the small
 * sample (N-001 holds the only active category 1 case, MC-001; he lives at AD-001 and proposes
 * AD-002): :Rso is exactly the persons with an ACTIVE category 1 case, and every address such a
 * person lives, lived or proposes to live at is :RsoAddress.
 */
class RsoMarksTest {
    @TempDir
    Path out;

    private final Graph graph = TestGraph.graph();

    @BeforeEach
    void smallSample() {
        TestGraph.clear();
        load(Samples.small());
    }

    private void load(Path dir) {
        ImportReport report = new Importer(graph, ImportOptions.defaults().withRejectsDir(out)).run(dir, line -> { });
        assertThat(report.hasRejects()).isFalse();
    }

    private List<String> ids(String cypher) {
        return graph.read(tx -> tx.run(cypher).list(r -> r.get(0).asString()));
    }

    private List<String> rsos() {
        return ids("MATCH (p:Rso) RETURN p.id ORDER BY p.id");
    }

    private List<String> rsoAddresses() {
        return ids("MATCH (a:RsoAddress) RETURN a.id ORDER BY a.id");
    }

    /** The marks against the rule itself, over the whole graph. */
    private void assertMarksMatchTheRule() {
        assertThat(rsos()).isEqualTo(ids("""
                MATCH (p:Person) WHERE EXISTS { (p)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', category: 1}) }
                RETURN p.id ORDER BY p.id"""));
        assertThat(TestGraph.count("""
                MATCH (p:Person)-[:LIVES_AT|PROPOSED_ADDRESS]->(a:Address)
                WHERE EXISTS { (p)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', category: 1}) } AND NOT a:RsoAddress
                RETURN count(a)""", Map.of())).isZero();
    }

    private void loadCase(String row) {
        Path delta = out.resolve("delta-" + System.nanoTime());
        Samples.write(delta, "mappa_cases.csv",
                "id,person,category,level,status,lead_agency,area,referral_date,closed_date", List.of(row));
        load(delta);
    }

    @Test
    void a_first_load_marks_the_registered_sex_offender_and_his_home_and_proposed_address() {
        assertThat(rsos()).containsExactly("N-001");
        assertThat(rsoAddresses()).containsExactly("AD-001", "AD-002");
        assertMarksMatchTheRule();
    }

    @Test
    void a_case_becoming_category_1_marks_its_holder_and_all_his_homes_past_and_present() {
        loadCase("MC-002,N-002,1,1,ACTIVE,cumbria-probation,cumbria,2021-07-01,");
        assertThat(rsos()).containsExactly("N-001", "N-002");
        assertThat(rsoAddresses()).containsExactly("AD-001", "AD-002", "AD-004", "AD-006");
        assertMarksMatchTheRule();
    }

    @Test
    void a_closed_case_unmarks_its_holder_but_leaves_his_addresses_marked() {
        loadCase("MC-001,N-001,1,2,CLOSED,cumbria-police,cumbria,2014-01-10,2024-04-01");
        assertThat(rsos()).isEmpty();
        assertThat(rsoAddresses()).containsExactly("AD-001", "AD-002");
        assertMarksMatchTheRule();
    }

    @Test
    void a_case_moved_to_another_person_unmarks_the_old_holder_and_marks_the_new() {
        loadCase("MC-001,N-003,1,2,ACTIVE,cumbria-police,cumbria,2014-01-10,");
        assertThat(rsos()).containsExactly("N-003");
        // N-003's home AD-002 (his work address AD-005 is not a residence)
        assertThat(rsoAddresses()).containsExactly("AD-001", "AD-002");
        assertMarksMatchTheRule();
    }

    @Test
    void a_new_home_of_an_rso_is_marked_and_a_new_home_of_anyone_else_is_not() {
        Path delta = out.resolve("homes");
        Samples.write(delta, "person_addresses.csv", "id,person,address,relation,from",
                List.of("PA-100,N-001,AD-005,HOME,2024-06-01", "PA-101,N-002,AD-003,PROPOSED,2024-06-01"));
        load(delta);
        assertThat(rsoAddresses()).containsExactly("AD-001", "AD-002", "AD-005");
        assertMarksMatchTheRule();
    }

    @Test
    void a_failed_batch_leaves_the_marks_as_they_were() {
        Path delta = out.resolve("failing");
        Samples.write(delta, "mappa_cases.csv", "id,person,category,level,status,lead_agency,area,referral_date,closed_date",
                List.of("MC-002,N-002,1,1,ACTIVE,cumbria-probation,cumbria,2021-07-01,"));
        // the cases file's batch is one merge (statement 0) and the marks (statement 1): fail after the marks
        BatchHook failAfterMarks = new BatchHook() {
            @Override
            public void afterStatement(String file, int batch, int statement, List<String> ids) {
                if (file.equals("mappa_cases.csv") && statement == 1) {
                    throw new IllegalStateException("injected failure after the marks of " + ids);
                }
            }
        };
        Importer failing = new Importer(graph, ImportOptions.defaults().withRejectsDir(out), failAfterMarks, System::nanoTime);
        assertThatThrownBy(() -> failing.run(delta, line -> { })).hasMessageContaining("injected failure after the marks of [MC-002]");
        assertThat(rsos()).containsExactly("N-001");
        assertThat(rsoAddresses()).containsExactly("AD-001", "AD-002");
    }

    @Test
    void only_the_files_rso_marks_handles_write_cases_or_residences() {
        List<String> writers = ImportSpec.FILES.stream().filter(spec -> Stream.concat(
                        spec.links().stream().map(FileSpec.Link::type),
                        spec.isNode() ? Stream.empty() : spec.relationship().types().stream())
                .anyMatch(t -> t.equals(RsoMarks.HAS_CASE) || RsoMarks.ADDRESSES.contains(t))).map(FileSpec::name).toList();
        assertThat(writers).containsExactlyInAnyOrder("mappa_cases", "person_addresses");
        assertThat(RsoMarks.concernsCases(ImportSpec.named("mappa_cases"))).isTrue();
        assertThat(RsoMarks.concernsAddresses(ImportSpec.named("person_addresses"))).isTrue();
    }
}
