package uk.vigil.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.vigil.testing.TestGraph;

class MigrationsIT {

    @Test
    void every_migration_is_applied_once_and_recorded() {
        Graph graph = TestGraph.graph();
        assertThat(Migrations.apply(graph)).isZero(); // TestGraph applied them already
        long recorded = TestGraph.count("MATCH (m:__Migration) RETURN count(m)", Map.of());
        assertThat(recorded).isEqualTo(Migrations.available().size());
        List<String> constraints = graph.read(tx -> tx.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get(0).asString()));
        assertThat(constraints).contains("person_id", "mappa_case_id", "exclusion_zone_id");
        List<String> indexes = graph.read(tx -> tx.run("SHOW INDEXES YIELD name, type WHERE type = 'POINT' RETURN name")
                .list(r -> r.get(0).asString()));
        assertThat(indexes).contains("address_location", "exclusion_zone_centroid");
    }

    @Test
    void a_migration_edited_after_it_was_applied_stops_start_up() {
        Graph graph = TestGraph.graph();
        String original = graph.write(tx -> tx.run("""
                MATCH (m:__Migration {version: 1}) WITH m, m.checksum AS original
                SET m.checksum = 'tampered' RETURN original""").single().get(0).asString());
        try {
            assertThatThrownBy(() -> Migrations.apply(graph)).hasMessageContaining("V0001").hasMessageContaining("changed");
        } finally {
            graph.write(tx -> tx.run("MATCH (m:__Migration {version: 1}) SET m.checksum = $c", Map.of("c", original)).consume());
        }
    }

    @Test
    void a_constraint_left_half_created_by_a_stopped_process_is_created_again() {
        Graph graph = TestGraph.graph();
        // What a process killed while creating the constraint leaves: its index, owned by no constraint.
        graph.write(tx -> tx.run("MATCH (m:__Migration {version: 1}) DELETE m").consume());
        try (var session = graph.session()) {
            session.run("DROP CONSTRAINT account_id").consume();
            session.run("CREATE INDEX account_id FOR (n:Account) ON (n.id)").consume();
        }
        assertThat(Migrations.apply(graph)).isEqualTo(1);
        String type = graph.read(tx -> tx.run("SHOW CONSTRAINTS YIELD name, type WHERE name = 'account_id' RETURN type")
                .single().get(0).asString());
        assertThat(type).isEqualTo("UNIQUENESS");
        String owner = graph.read(tx -> tx.run("SHOW INDEXES YIELD name, owningConstraint WHERE name = 'account_id' RETURN owningConstraint")
                .single().get(0).asString());
        assertThat(owner).isEqualTo("account_id");
    }

    @Test
    void migration_files_are_split_into_statements_without_comments() {
        assertThat(CypherFiles.statements("// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b\n  IF NOT EXISTS FOR (n:B) ON (n.y);\n"))
                .containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "CREATE INDEX b\n  IF NOT EXISTS FOR (n:B) ON (n.y)");
    }
}
