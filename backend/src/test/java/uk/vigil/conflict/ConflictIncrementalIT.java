package uk.vigil.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import uk.vigil.database.Graph;
import uk.vigil.demo.DemoData;
import uk.vigil.generator.GeneratorOptions;
import uk.vigil.testing.TestGraph;

/**
 * Incremental recompute on the 1,000-nominal Cumbria demo (seed 42), one change after another: an
 * offender's home moves, an RSO moves out of a cluster, a victim moves next to her offender, a zone is
 * reshaped over its nominal's home, a zone is moved to another nominal's condition, a sensitive place
 * opens next to a nominal under a NOT_IN_SIGHT_OF condition. After each, (a) the stored open conflicts
 * are exactly what the rules find for every nominal of the area (what a full scan would store), and
 * (b) the nominals recomputed are only those whose findings can change (docs/geo.md, "Always current"),
 * not their neighbours.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConflictIncrementalIT {
    private static final LocalDate AS_OF = GeneratorOptions.DEFAULT_AS_OF;
    private static final String CURRENT = "l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)";
    private static final String RSO = "EXISTS { (%s)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', category: 1}) }";
    private static final String ACTIVE = "EXISTS { (%s)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE'}) }";
    // nobody offended against him or is to keep away from him (he would be someone's victim: rule 2)
    private static final String PROTECTED = "(EXISTS { (:Offence)-[:AGAINST]->(n) } OR EXISTS { (:Condition)-[:PROTECTS]->(n) } "
            + "OR EXISTS { (:ExclusionZone)-[:PROTECTS]->(n) })";
    private static final String ONLY_LINK = "COUNT { (a)<-[:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]-() } = 1";

    @TempDir
    static Path work;
    private static ConflictEngine engine;
    private static Graph graph;
    private static String reshapedZone;
    private static String zoneHolder;

    @BeforeAll
    static void load() {
        TestGraph.clear();
        graph = TestGraph.graph();
        DemoData.ensureLoaded(graph, work, 1000, List.of("Cumbria"), 42, line -> { });
        engine = new ConflictEngine(graph, Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                ConflictSettings.defaults());
        engine.recompute(engine.areaNominals("cumbria"), AS_OF);
        assertExact();
    }

    /** The stored open conflicts (id and fingerprint) equal what the rules find for every nominal of the area. */
    private static void assertExact() {
        List<String> all = engine.areaNominals("cumbria");
        Map<String, String> expected = new TreeMap<>();
        Map<String, List<String>> expectedInvolved = new TreeMap<>();
        engine.find(all, AS_OF).forEach(f -> {
            expected.put(f.id(), f.fingerprint());
            expectedInvolved.put(f.id(), f.involves().stream().map(i -> i.role() + ":" + i.id()).distinct().sorted().toList());
        });
        Map<String, String> stored = new TreeMap<>();
        Map<String, List<String>> storedInvolved = new TreeMap<>();
        graph.read(tx -> tx.run("""
                MATCH (c:Conflict {status: 'OPEN'}) WHERE c.nominal IN $all
                RETURN c.id AS id, c.fingerprint AS fp, [(c)-[r:INVOLVES]->(x) | r.role + ':' + x.id] AS involved""",
                Map.of("all", all)).list()).forEach(r -> {
            stored.put(r.get("id").asString(), r.get("fp").asString());
            storedInvolved.put(r.get("id").asString(), r.get("involved").asList(v -> v.asString()).stream().sorted().toList());
        });
        assertThat(stored).as("open conflicts after the incremental recompute = a full scan").isEqualTo(expected);
        // and their relationships: a conflict rewritten keeps no record it no longer involves
        assertThat(storedInvolved).as("records involved, as stored").isEqualTo(expectedInvolved);
    }

    private static List<Record> rows(String cypher, Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("asOf", AS_OF);
        return graph.read(tx -> tx.run(cypher, p).list());
    }

    private static Record one(String cypher, Map<String, Object> params) {
        List<Record> r = rows(cypher, params);
        assertThat(r).as("the demo has a candidate for: " + cypher).isNotEmpty();
        return r.get(0);
    }

    private static void write(String cypher, Map<String, Object> params) {
        graph.write(tx -> tx.run(cypher, params).consume());
    }

    /** Active nominals (other than those linked to it) with a current address within {@code metres} of address {@code a}. */
    private static Set<String> neighbours(String address, double metres, String where) {
        Set<String> out = new HashSet<>();
        rows("""
                MATCH (a:Address {id: $a}) MATCH (near:Address)
                WHERE point.distance(near.location, a.location) <= $m AND near <> a
                MATCH (p:Nominal)-[l:LIVES_AT|PROPOSED_ADDRESS|WORKS_AT|FREQUENTS]->(near)
                WHERE %s AND %s AND NOT EXISTS { (p)-->(a) } AND %s
                RETURN DISTINCT p.id AS id""".formatted(CURRENT, ACTIVE.formatted("p"), where),
                Map.of("a", address, "m", metres)).forEach(r -> out.add(r.get("id").asString()));
        return out;
    }

    private static long open(String rule, String nominal, String involved) {
        return TestGraph.count("""
                MATCH (c:Conflict {status: 'OPEN', rule: $rule, nominal: $n})-[:INVOLVES]->(x {id: $x}) RETURN count(DISTINCT c)""",
                Map.of("rule", rule, "n", nominal, "x", involved));
    }

    @Test
    @Order(1)
    void an_offenders_home_moving_recomputes_him_and_not_his_neighbours() {
        Record c = one("""
                MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', area: 'cumbria'})
                WHERE NOT %s
                MATCH (n)-[l:LIVES_AT]->(a:Address) WHERE %s AND a.location IS NOT NULL AND %s
                  AND NOT %s
                WITH DISTINCT n, a
                CALL (a) {
                  MATCH (near:Address) WHERE point.distance(near.location, a.location) <= 1000 AND near <> a
                  MATCH (m:Nominal)-[:LIVES_AT]->(near) RETURN count(DISTINCT m) AS neighbours
                }
                RETURN n.id AS n, a.id AS a ORDER BY neighbours DESC, n LIMIT 1""".formatted(RSO.formatted("n"), CURRENT, ONLY_LINK, PROTECTED),
                Map.of());
        String nominal = c.get("n").asString();
        String address = c.get("a").asString();
        Set<String> near = neighbours(address, 1000, "true");
        var change = engine.changing(Changes.address(address), () -> {
            write("MATCH (a:Address {id: $a}) SET a.location = point({latitude: a.location.latitude + 0.0027, "
                    + "longitude: a.location.longitude})", Map.of("a", address));
            return null;
        });
        // he is the only one linked to it, not an RSO, and no victim lives there: only his own findings can change
        assertThat(change.nominals()).containsExactly(nominal);
        assertThat(near).as("neighbours within 1 km (recomputed before rules were looked at)").hasSizeGreaterThan(2);
        assertThat(change.recompute().nominals()).isEqualTo(1);
        assertExact();
    }

    @Test
    @Order(2)
    void an_rso_moving_out_of_a_cluster_recomputes_his_old_neighbours_too() {
        Record c = one("""
                MATCH (cf:Conflict {status: 'OPEN', rule: 'CONCENTRATION', relation: 'LIVES_AT'})-[:CONCERNS]->(n:Nominal)
                MATCH (cf)-[:INVOLVES {role: 'ADDRESS'}]->(a:Address) WHERE %s AND NOT %s
                RETURN n.id AS n, a.id AS a, [(cf)-[:INVOLVES {role: 'NEARBY_OFFENDER'}]->(o) | o.id] AS others
                ORDER BY n LIMIT 1""".formatted(ONLY_LINK, PROTECTED), Map.of());
        String nominal = c.get("n").asString();
        String address = c.get("a").asString();
        List<String> others = c.get("others").asList(v -> v.asString());
        Set<String> bound = new HashSet<>(neighbours(address, 510, RSO.formatted("p") + " AND type(l) IN ['LIVES_AT', 'PROPOSED_ADDRESS']"));
        Set<String> notRso = neighbours(address, 500, "NOT " + RSO.formatted("p"));
        var change = engine.changing(Changes.address(address), () -> {
            write("MATCH (a:Address {id: $a}) SET a.location = point({latitude: a.location.latitude + 0.045, "
                    + "longitude: a.location.longitude})", Map.of("a", address));
            return null;
        });
        bound.addAll(neighbours(address, 510, RSO.formatted("p") + " AND type(l) IN ['LIVES_AT', 'PROPOSED_ADDRESS']"));
        bound.add(nominal);
        assertThat(others).hasSizeGreaterThanOrEqualTo(ConflictSettings.defaults().concentrationMax());
        // the RSOs he counted for are recomputed: only the old neighbourhood (before the write) finds them
        assertThat(change.nominals()).contains(nominal).containsAll(others);
        assertThat(engine.affected(Changes.address(address))).doesNotContainAnyElementsOf(others);
        // at most himself and the RSOs with a home within the radius of where he lived or lives now
        assertThat(bound).containsAll(change.nominals());
        assertThat(change.nominals()).doesNotContainAnyElementsOf(notRso);
        assertExact();
    }

    @Test
    @Order(3)
    void a_victim_moving_next_to_her_offender_recomputes_him_only() {
        Record c = one("""
                MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', area: 'cumbria'})
                MATCH (n)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v:Person)-[l:LIVES_AT]->(a:Address)
                WHERE v <> n AND %s AND a.location IS NOT NULL AND %s AND NOT v:Nominal
                MATCH (n)-[hl:LIVES_AT]->(h:Address)
                WHERE hl.from <= $asOf AND (hl.to IS NULL OR hl.to >= $asOf) AND point.distance(h.location, a.location) > 2000
                RETURN n.id AS n, v.id AS v, a.id AS a, h.id AS h, h.location.latitude AS lat, h.location.longitude AS lng
                ORDER BY n, v LIMIT 1""".formatted(CURRENT, ONLY_LINK), Map.of());
        String nominal = c.get("n").asString();
        String victim = c.get("v").asString();
        String address = c.get("a").asString();
        Set<String> related = new HashSet<>();
        rows("""
                MATCH (v:Person {id: $v}) MATCH (p:Nominal) WHERE %s AND (
                  EXISTS { (p)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v) }
                  OR EXISTS { (p)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:PROTECTS]->(v) }
                  OR EXISTS { (p)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(:Condition)-[:HAS_ZONE]->(:ExclusionZone)-[:PROTECTS]->(v) })
                RETURN p.id AS id""".formatted(ACTIVE.formatted("p")), Map.of("v", victim)).forEach(r -> related.add(r.get("id").asString()));
        var change = engine.changing(Changes.address(address), () -> {
            write("MATCH (a:Address {id: $a}) SET a.location = point({latitude: $lat + 0.0027, longitude: $lng})",
                    Map.of("a", address, "lat", c.get("lat").asDouble(), "lng", c.get("lng").asDouble()));
            return null;
        });
        Set<String> near = neighbours(address, 1000, "true");
        near.removeAll(related);
        // only the offenders of, and those protecting, the person who lives there
        assertThat(change.nominals()).contains(nominal).containsExactlyInAnyOrderElementsOf(related);
        assertThat(change.nominals()).doesNotContainAnyElementsOf(near);
        assertThat(open("VICTIM_PROXIMITY", nominal, victim)).isEqualTo(1);
        assertExact();
    }

    @Test
    @Order(4)
    void a_zone_reshaped_over_its_nominals_home_recomputes_him_only() {
        Record c = one("""
                MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', area: 'cumbria'})
                MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(cn:Condition {type: 'EXCLUSION_ZONE'})-[:HAS_ZONE]->(z:ExclusionZone)
                WHERE cn.from <= $asOf AND (cn.to IS NULL OR cn.to >= $asOf) AND z.from <= $asOf AND (z.to IS NULL OR z.to >= $asOf)
                  AND NOT EXISTS { (:Conflict {status: 'OPEN'})-[:INVOLVES]->(z) }
                MATCH (n)-[l:LIVES_AT]->(h:Address) WHERE %s AND h.location IS NOT NULL
                RETURN n.id AS n, z.id AS z, h.id AS h, h.location.latitude AS lat, h.location.longitude AS lng
                ORDER BY n, z LIMIT 1""".formatted(CURRENT), Map.of());
        zoneHolder = c.get("n").asString();
        reshapedZone = c.get("z").asString();
        String geometry = "{\"type\":\"Point\",\"coordinates\":[%s,%s]}".formatted(c.get("lng").asDouble(), c.get("lat").asDouble());
        var change = engine.changing(Changes.zone(reshapedZone), () -> {
            write("MATCH (z:ExclusionZone {id: $z}) SET z.geometry = $g, z.radiusM = 200", Map.of("z", reshapedZone, "g", geometry));
            return null;
        });
        assertThat(change.nominals()).containsExactly(zoneHolder);
        assertThat(open("EXCLUSION_ZONE", zoneHolder, reshapedZone)).isEqualTo(1);
        assertExact();
    }

    @Test
    @Order(5)
    void a_zone_moved_to_another_nominals_condition_resolves_the_old_holders_conflict() {
        Record c = one("""
                MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', area: 'cumbria'})
                WHERE n.id <> $holder
                MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(cn:Condition {type: 'EXCLUSION_ZONE'})
                RETURN n.id AS n, cn.id AS cn ORDER BY n LIMIT 1""", Map.of("holder", zoneHolder));
        var change = engine.changing(Changes.zone(reshapedZone), () -> {
            write("""
                    MATCH (z:ExclusionZone {id: $z})<-[old:HAS_ZONE]-(:Condition) DELETE old
                    WITH DISTINCT z MATCH (cn:Condition {id: $cn}) CREATE (cn)-[:HAS_ZONE]->(z)""",
                    Map.of("z", reshapedZone, "cn", c.get("cn").asString()));
            return null;
        });
        // the old holder comes from before the write, the new one from after it
        assertThat(change.nominals()).containsExactlyInAnyOrder(zoneHolder, c.get("n").asString());
        assertThat(open("EXCLUSION_ZONE", zoneHolder, reshapedZone)).isZero();
        assertExact();
    }

    @Test
    @Order(6)
    void a_new_sensitive_place_recomputes_only_people_whose_conditions_name_it() {
        Record c = one("""
                MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', area: 'cumbria'})
                MATCH (n)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(cn:Condition {type: 'NOT_IN_SIGHT_OF'})
                WHERE cn.from <= $asOf AND (cn.to IS NULL OR cn.to >= $asOf)
                MATCH (n)-[l:LIVES_AT]->(h:Address) WHERE %s AND h.location IS NOT NULL
                RETURN n.id AS n, h.id AS h, h.location.latitude AS lat, h.location.longitude AS lng,
                       coalesce(cn.placeTypes, [])[0] AS type
                ORDER BY n LIMIT 1""".formatted(CURRENT), Map.of());
        String nominal = c.get("n").asString();
        String type = c.get("type").isNull() ? "SCHOOL" : c.get("type").asString();
        String place = "SP-INCREMENTAL-1";
        var change = engine.changing(Changes.place(place), () -> {
            write("""
                    CREATE (:SensitivePlace {id: $id, name: 'New place', type: $type, town: 'Test', area: 'cumbria',
                            location: point({latitude: $lat + 0.00045, longitude: $lng})})""",
                    Map.of("id", place, "type", type, "lat", c.get("lat").asDouble(), "lng", c.get("lng").asDouble()));
            return null;
        });
        String conditioned = "EXISTS { (p)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(x:Condition {type: 'NOT_IN_SIGHT_OF'}) "
                + "WHERE x.from <= $asOf AND (x.to IS NULL OR x.to >= $asOf) }";
        // the place is 50 m from his home: people within the largest distance (1 km, and the index margin) of it
        Set<String> bound = neighbours(c.get("h").asString(), 1080, conditioned);
        rows("MATCH (p:Person)-->(:Address {id: $h}) RETURN p.id AS id", Map.of("h", c.get("h").asString()))
                .forEach(r -> bound.add(r.get("id").asString()));
        Set<String> unconditioned = neighbours(c.get("h").asString(), 1000, "NOT " + conditioned);
        assertThat(change.nominals()).contains(nominal);
        assertThat(bound).containsAll(change.nominals());
        assertThat(change.nominals()).doesNotContainAnyElementsOf(unconditioned);
        assertThat(open("SENSITIVE_PLACE", nominal, place)).isEqualTo(1);
        assertExact();
    }
}
