package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;
import uk.vigil.database.Graph;
import uk.vigil.testing.TestGraph;

class ImporterTest {
    @TempDir
    Path out;

    private final Graph graph = TestGraph.graph();
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void emptyGraph() {
        TestGraph.clear();
    }

    private ImportReport load(Path dir) {
        return new Importer(graph, ImportOptions.defaults().withRejectsDir(out)).run(dir, progress::add);
    }

    private Record one(String cypher) {
        return graph.read(tx -> tx.run(cypher).single());
    }

    private List<String> strings(String cypher) {
        return graph.read(tx -> tx.run(cypher).list(r -> r.get(0).asString()));
    }

    private long count(String cypher) {
        return TestGraph.count(cypher, Map.of());
    }

    @Test
    void the_small_sample_loads_without_rejects() throws IOException {
        ImportReport report = load(Samples.small());
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.hasRejects()).isFalse();
        assertThat(report.files()).hasSize(44);
        assertThat(report.rowsRead()).isEqualTo(149).isEqualTo(report.rowsWritten());
        assertThat(report.counts().nodesCreated()).isEqualTo(97);
        assertThat(report.counts().relationshipsCreated()).isEqualTo(153);
        assertThat(Files.readAllLines(out.resolve("rejects.csv"))).containsExactly("file,line,id,field,reason");
        assertThat(progress.get(0)).isEqualTo("Importing 44 files, about 149 rows");
        assertThat(report.table()).contains("nominals.csv", "total", "No rejects.");
    }

    @Test
    void the_small_sample_becomes_the_graph_the_format_describes() {
        load(Samples.small());
        assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(7);
        assertThat(one("MATCH (p:Person {id: 'A-001'}) RETURN labels(p) AS l").get("l").asList(Value::asString))
                .containsExactlyInAnyOrder("Person", "Victim", "Associate");

        Record address = one("MATCH (a:Address {id: 'AD-001'}) RETURN a");
        Point location = address.get("a").get("location").asPoint();
        assertThat(location.srid()).isEqualTo(4326);
        assertThat(location.y()).isEqualTo(54.8912);
        assertThat(location.x()).isEqualTo(-2.9221);
        assertThat(address.get("a").asMap()).containsEntry("postcode", "CA1 1DR").containsEntry("outwardCode", "CA1")
                .containsEntry("area", "cumbria").containsEntry("owningAgency", "cumbria-police")
                .containsEntry("sourceSystem", "VISOR").containsEntry("marking", "OFFICIAL_SENSITIVE")
                .doesNotContainKeys("lat", "lng", "line2");
        assertThat(one("MATCH (a:Address {id: 'AD-004'}) RETURN a.postcode AS p, a.outwardCode AS o").values())
                .extracting(Value::asString).containsExactly("CA11 7HL", "CA11");
        assertThat(count("MATCH (n) WHERE n.lat IS NOT NULL OR n.lng IS NOT NULL RETURN count(n)")).isZero();

        assertThat(one("MATCH (v:Vehicle {id: 'VH-001'}) RETURN v.vrm + '|' + v.vrmNormalised AS s").get("s").asString())
                .isEqualTo("pn17 abc|PN17ABC");
        assertThat(one("MATCH (d:Device {id: 'D-001'}) RETURN d.phoneNormalised AS p").get("p").asString()).isEqualTo("+447700900123");
        assertThat(one("MATCH (d:Device {id: 'D-003'}) RETURN d.phoneNumber + '|' + d.phoneNormalised AS p").get("p").asString())
                .isEqualTo("+44 (0)16977 2345|+44169772345");

        Record circle = one("MATCH (:Condition {id: 'CD-003'})-[:HAS_ZONE]->(z:ExclusionZone)-[:PROTECTS]->(p:Person) RETURN z, p.id AS p");
        Value zone = circle.get("z");
        assertThat(circle.get("p").asString()).isEqualTo("V-001");
        assertThat(zone.get("radiusM").asLong()).isEqualTo(1000);
        assertThat(zone.get("centroid").asPoint().y()).isEqualTo(54.6647);
        assertThat(zone.get("bboxSw").asPoint().y()).isLessThan(54.6647 - 0.0089);
        assertThat(zone.get("bboxNe").asPoint().x()).isGreaterThan(-2.7508 + 0.015);
        assertThat(zone.get("geometry").asString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[-2.7508,54.6647]}");
        Value polygon = one("MATCH (z:ExclusionZone {id: 'EZ-002'}) RETURN z").get("z");
        assertThat(polygon.get("bboxSw").asPoint().x()).isEqualTo(-2.9445);
        assertThat(polygon.get("bboxSw").asPoint().y()).isEqualTo(54.887);
        assertThat(polygon.get("bboxNe").asPoint().x()).isEqualTo(-2.923);
        assertThat(polygon.get("bboxNe").asPoint().y()).isEqualTo(54.8985);
        assertThat(polygon.get("radiusM").isNull()).isTrue();
        assertThat(polygon.get("from").asLocalDate()).isEqualTo(LocalDate.of(2023, 12, 1));

        Value livesAt = one("MATCH (:Nominal {id: 'N-001'})-[r:LIVES_AT]->(:Address {id: 'AD-001'}) RETURN r").get("r");
        assertThat(livesAt.asMap()).containsEntry("id", "PA-001").containsEntry("from", LocalDate.of(2019, 4, 1))
                .containsEntry("owningAgency", "cumbria-police").containsEntry("area", "cumbria").doesNotContainKeys("to", "relation");
        assertThat(count("MATCH (:Nominal {id: 'N-001'})-[:PROPOSED_ADDRESS {id: 'PA-009'}]->(:Address {id: 'AD-002'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Nominal {id: 'N-003'})-[:WORKS_AT {id: 'PA-007'}]->(:Address {id: 'AD-005'}) RETURN count(*)")).isEqualTo(1);
        assertThat(one("MATCH (:Officer {id: 'O-006'})-[r:INVITED_FOR]->(:MappaCase {id: 'MC-001'}) RETURN r.meeting AS m, r.to AS t").values())
                .extracting(Value::asObject).containsExactly("M-001", LocalDate.of(2024, 2, 20));

        Record mappaCase = one("""
                MATCH (n:Nominal)-[:HAS_CASE]->(c:MappaCase {id: 'MC-003'})-[:LED_BY]->(lead:Agency),
                      (c)-[:IN_AREA]->(area:Area)
                RETURN n.id AS n, lead.id AS lead, area.id AS area, c.category AS category, c.level AS level, c.area AS prop""");
        assertThat(mappaCase.values()).extracting(Value::asObject).containsExactly("N-003", "cumbria-probation", "cumbria", 3L, 3L, "cumbria");
        assertThat(count("MATCH (:MappaCase {id: 'MC-003'})-[:HAD_LEVEL]->(l:LevelPeriod) RETURN count(l)")).isEqualTo(2);
        assertThat(one("MATCH (m:Meeting {id: 'M-001'}) RETURN m.date AS d").get("d").asZonedDateTime())
                .isEqualTo(ZonedDateTime.of(2024, 2, 20, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(one("MATCH (c:Condition {id: 'CD-002'}) RETURN c.placeTypes AS t").get("t").asList(Value::asString))
                .containsExactly("SWIMMING_POOL", "PLAYGROUND");
        assertThat(one("MATCH (a:Agency {id: 'hmp-haverigg'})-[:IN_AREA]->(x:Area) RETURN a.area + '|' + x.id AS s").get("s").asString())
                .isEqualTo("cumbria|cumbria");
        assertThat(one("MATCH (a:Area {id: 'cumbria'}) RETURN a.area AS area, a.population10Plus AS p").values())
                .extracting(Value::asObject).containsExactly("cumbria", 452000L);
        assertThat(strings("MATCH (:Intelligence {id: 'IN-003'})-[m:MENTIONS]->(x) RETURN labels(x)[0] + ':' + x.id AS s ORDER BY s"))
                .containsExactly("Device:D-001", "Vehicle:VH-001");
        assertThat(count("MATCH (:Meeting {id: 'M-001'})-[:RAISED]->(:Action)-[:OWNED_BY]->(:Officer) RETURN count(*)")).isEqualTo(2);
        assertThat(count("MATCH (:Action {id: 'ACT-004'})<-[:RAISED]-() RETURN count(*)")).isZero();
    }

    @Test
    void reloading_the_same_files_changes_nothing() {
        load(Samples.small());
        List<String> before = GraphSnapshot.of(graph);
        ImportReport again = load(Samples.small());
        assertThat(again.counts()).extracting(WriteCounts::nodesCreated, WriteCounts::relationshipsCreated,
                WriteCounts::relationshipsDeleted, WriteCounts::labelsAdded).containsExactly(0L, 0L, 0L, 0L);
        assertThat(again.rowsWritten()).isEqualTo(149);
        assertThat(GraphSnapshot.of(graph)).isEqualTo(before);
    }

    @Test
    void tag_fixes_become_points_in_time_found_by_their_slot_and_bad_ones_are_rejected_with_why() throws IOException {
        Path dir = Files.createDirectory(out.resolve("tags"));
        for (String file : List.of("areas.csv", "agencies.csv", "nominals.csv")) {
            Files.copy(Samples.small().resolve(file), dir.resolve(file));
        }
        String prov = ",EMS,ems-feed,2024-03-02T22:05:00Z,cumbria-probation,OFFICIAL_SENSITIVE";
        Files.writeString(dir.resolve("tag_fixes.csv"), String.join("\n",
                "id,person,recorded_at,lat,lng,accuracy_m,source_system,entered_by,entered_at,owning_agency,marking",
                "TF-1,N-002,2024-03-02T23:30:00+01:00,54.6703,-2.7560,8" + prov,
                "TF-2,N-009,2024-03-02T22:31:00Z,54.6703,-2.7560,8" + prov,
                "TF-3,N-002,2024-03-02T22:32:00Z,48.1000,-2.7560,8" + prov,
                "TF-4,N-002,2024-03-02T22:33:00Z,54.6703,,8" + prov,
                "TF-5,N-002,2024-03-02 22:34,54.6703,-2.7560,8" + prov,
                "TF-6,N-002,2024-03-02T22:35:00Z,54.6703,-2.7560,9000" + prov) + "\n");
        ImportReport report = load(dir);
        assertThat(report.firstRejects()).extracting(Reject::id, Reject::field, Reject::reason).containsExactly(
                tuple("TF-2", "person", "person 'N-009' matches no person in this load or the graph"),
                tuple("TF-3", "lat", "lat '48.1000' is outside the UK (lat 49.8..60.9, lng -8.7..1.8)"),
                tuple("TF-4", "lng", "lng is required"),
                tuple("TF-5", "recorded_at", "recorded_at '2024-03-02 22:34' is not a date-time (expected an ISO instant such as 2024-03-31T10:15:00Z)"),
                tuple("TF-6", "accuracy_m", "accuracy_m 9000 is not between 0 and 5000"));
        Record fix = one("MATCH (p:Person {id: 'N-002'})-[:HAD_TAG_FIX]->(f:TagFix) RETURN f");
        assertThat(fix.get("f").get("id").asString()).isEqualTo("TF-1");
        // stored in UTC; the slot is the UTC day and the 0.1 x 0.15 degree cell (uk.vigil.monitoring.TagSlot)
        assertThat(fix.get("f").get("recordedAt").asZonedDateTime()).isEqualTo(ZonedDateTime.of(2024, 3, 2, 22, 30, 0, 0, ZoneOffset.UTC));
        assertThat(fix.get("f").get("slot").asString()).isEqualTo("2024-03-02/546/-19");
        assertThat(fix.get("f").get("person").asString()).isEqualTo("N-002");
        assertThat(fix.get("f").get("accuracyM").asLong()).isEqualTo(8);
        assertThat(fix.get("f").get("location").asPoint().y()).isEqualTo(54.6703);
    }

    @Test
    void the_bad_sample_rejects_exactly_the_bad_rows_and_writes_the_good_ones() throws IOException {
        ImportReport report = load(Samples.bad());
        assertThat(report.firstRejects()).extracting(Reject::file, Reject::line, Reject::id, Reject::field).containsExactly(
                tuple("nominals.csv", 3L, "N-002", "dob"),
                tuple("nominals.csv", 4L, "N-003", "sex"),
                tuple("nominals.csv", 5L, "N-004", "surname"),
                tuple("nominals.csv", 6L, "N-005", "owning_agency"),
                tuple("addresses.csv", 3L, "AD-002", "lat"),
                tuple("addresses.csv", 4L, "AD-003", "postcode"),
                tuple("sensitive_places.csv", 1L, "", "colour"),
                tuple("devices.csv", 2L, "D-001", "imei"),
                tuple("devices.csv", 3L, "D-002", "phone_number"),
                tuple("orders.csv", 3L, "OR-002", "to"),
                tuple("orders.csv", 4L, "OR-003", "person"),
                tuple("exclusion_zones.csv", 3L, "EZ-002", "geometry"),
                tuple("exclusion_zones.csv", 4L, "EZ-003", "condition"),
                tuple("exclusion_zones.csv", 5L, "EZ-004", "radius_m"),
                tuple("risk_assessments.csv", 2L, "RA-001", "level"),
                tuple("mappa_cases.csv", 3L, "MC-002", "level"),
                tuple("mappa_cases.csv", 4L, "MC-003", "person"),
                tuple("mappa_cases.csv", 5L, "MC-004", "status"),
                tuple("person_addresses.csv", 3L, "PA-002", "address"),
                tuple("person_addresses.csv", 5L, "PA-004", "relation"),
                tuple("person_addresses.csv", 5L, "PA-004", "person"),
                tuple("events.csv", 1L, "", "date"));
        assertThat(report.firstRejects()).extracting(Reject::reason).contains(
                "dob '31/02/1980' is not a date (expected YYYY-MM-DD)",
                "owning_agency 'XX' matches no agency in this load or the graph",
                "person 'N-002' references rejected row nominals.csv line 3",
                "a category 3 case cannot be at level 1",
                "geometry is not a valid Polygon: self-intersection at or near [-2.934, 54.893]");
        assertThat(Files.readAllLines(out.resolve("rejects.csv"))).hasSize(1 + 22);
        assertThat(report.rowsRejected()).isEqualTo(21);
        assertThat(report.rowsWritten()).isEqualTo(14);

        List<String> ids = strings("MATCH (n) WHERE n.id IS NOT NULL AND NOT n:__Migration RETURN n.id AS id");
        assertThat(ids).containsExactlyInAnyOrder("cumbria", "cumbria-police", "N-001", "V-001", "AD-001", "D-003",
                "OR-001", "CD-001", "CD-002", "EZ-001", "RA-002", "MC-001");
        assertThat(strings("MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id"))
                .containsExactlyInAnyOrder("PA-001", "PA-003");
    }

    @Test
    void a_failure_mid_batch_leaves_nothing_of_that_batch() {
        // person_addresses.csv, batches of 2: four unlink statements, then the merges; fail after the first merge
        BatchHook failMidBatch = new BatchHook() {
            @Override
            public void afterStatement(String file, int batch, int statement, List<String> ids) {
                if (file.equals("person_addresses.csv") && batch == 2 && statement == 4) {
                    throw new IllegalStateException("injected failure with " + ids + " written but not committed");
                }
            }
        };
        Importer failing = new Importer(graph, new ImportOptions(2, out), failMidBatch, System::nanoTime);
        assertThatThrownBy(() -> failing.run(Samples.small(), progress::add))
                .hasMessageContaining("injected failure with [PA-003, PA-004]");

        assertThat(strings("MATCH ()-[r]->(:Address) WHERE r.id STARTS WITH 'PA-' RETURN r.id AS id ORDER BY id"))
                .containsExactly("PA-001", "PA-002");
        assertThat(count("MATCH ()-[r:USES_VEHICLE]->() RETURN count(r)")).isZero(); // the next file never started
        assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(3); // earlier files are whole

        load(Samples.small());
        List<String> completed = GraphSnapshot.of(graph);
        TestGraph.clear();
        load(Samples.small());
        assertThat(completed).isEqualTo(GraphSnapshot.of(graph));
    }

    @Test
    void a_later_load_references_what_an_earlier_load_left_in_the_graph(@TempDir Path delta) {
        load(Samples.small());
        Samples.write(delta, "person_addresses.csv", "id,person,address,relation,from", List.of("PA-100,N-002,AD-001,FREQUENTS,2024-03-01"));
        Samples.write(delta, "exclusion_zones.csv", "id,condition,protected_person,geometry,radius_m,from",
                List.of("EZ-100,CD-005,V-002,\"{\"\"type\"\":\"\"Point\"\",\"\"coordinates\"\":[-2.93,54.89]}\",200,2024-03-01",
                        "EZ-101,CD-004,V-001,\"{\"\"type\"\":\"\"Point\"\",\"\"coordinates\"\":[-2.75,54.66]}\",200,2024-03-01"));
        Samples.write(delta, "events.csv", "id,person,type,date,officer", List.of("EV-100,A-001,HOME_VISIT,2024-03-02,O-001"));
        ImportReport report = load(delta);
        assertThat(report.firstRejects()).extracting(Reject::id, Reject::reason).containsExactly(
                tuple("EZ-101", "condition 'CD-004' is a NO_CONTACT condition, not EXCLUSION_ZONE"));
        assertThat(count("MATCH (:Nominal {id: 'N-002'})-[:FREQUENTS {id: 'PA-100'}]->(:Address {id: 'AD-001'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Condition {id: 'CD-005'})-[:HAS_ZONE]->(:ExclusionZone {id: 'EZ-100'})-[:PROTECTS]->(:Victim {id: 'V-002'}) RETURN count(*)")).isEqualTo(1);
        assertThat(one("MATCH (:Person {id: 'A-001'})-[:HAD_EVENT]->(e:Event {id: 'EV-100'})-[:BY]->(:Officer {id: 'O-001'}) RETURN e.area AS a")
                .get("a").asString()).isEqualTo("cumbria"); // the owning agency's area, found in the graph
    }

    @Test
    void a_changed_reference_moves_the_relationship(@TempDir Path delta) {
        load(Samples.small());
        long nodes = count("MATCH (n) RETURN count(n)");
        Samples.write(delta, "aliases.csv", "id,person,forename,kind", List.of("AL-001,N-002,Johnny,NICKNAME"));
        Samples.write(delta, "actions.csv", "id,case,meeting,description,owner,owner_agency,due_date,status",
                List.of("ACT-001,MC-001,,Joint home visit,O-005,cumbria-police,2024-03-05,DONE"));
        Samples.write(delta, "person_addresses.csv", "id,person,address,relation,from",
                List.of("PA-001,N-001,AD-004,HOME,2019-04-01", "PA-007,N-003,AD-005,FREQUENTS,2024-01-08"));
        Samples.write(delta, "associations.csv", "id,person,other,kind,from", List.of("AS-004,N-001,A-001,FRIEND,2020-03-01"));
        Samples.write(delta, "intelligence_mentions.csv", "id,intelligence,subject_type,subject,role",
                List.of("IM-004,IN-003,DEVICE,D-002,seen"));
        ImportReport report = load(delta);

        assertThat(report.rowsRejected()).isZero();
        assertThat(report.counts().nodesCreated()).isZero();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(one("MATCH (p)-[:HAS_ALIAS]->(:Alias {id: 'AL-001'}) RETURN collect(p.id) AS p").get("p").asList(Value::asString))
                .containsExactly("N-002");
        assertThat(count("MATCH (:Action {id: 'ACT-001'})<-[:RAISED]-() RETURN count(*)")).isZero();
        assertThat(one("MATCH (:Action {id: 'ACT-001'})-[:OWNED_BY]->(o) RETURN collect(o.id) AS o").get("o").asList(Value::asString))
                .containsExactly("O-005");
        assertThat(one("MATCH (a:Action {id: 'ACT-001'}) RETURN a.doneDate AS d").get("d").isNull()).isTrue(); // emptied column
        assertThat(one("MATCH ()-[r {id: 'PA-001'}]->(a) RETURN collect(type(r) + ':' + a.id) AS r").get("r").asList(Value::asString))
                .containsExactly("LIVES_AT:AD-004");
        assertThat(one("MATCH ()-[r {id: 'PA-007'}]->(a) RETURN collect(type(r) + ':' + a.id) AS r").get("r").asList(Value::asString))
                .containsExactly("FREQUENTS:AD-005");
        assertThat(one("MATCH (a)-[r {id: 'AS-004'}]->(b) RETURN collect(a.id + '>' + b.id + ':' + r.kind) AS r").get("r").asList(Value::asString))
                .containsExactly("N-001>A-001:FRIEND");
        assertThat(one("MATCH ()-[r {id: 'IM-004'}]->(x) RETURN collect(labels(x)[0] + ':' + x.id) AS r").get("r").asList(Value::asString))
                .containsExactly("Device:D-002");
        assertThat(report.counts().relationshipsDeleted()).isEqualTo(7); // alias, RAISED, OWNED_BY, PA-001, PA-007, AS-004, IM-004
        assertThat(report.counts().relationshipsCreated()).isEqualTo(6);
    }

    @Test
    void an_emptied_field_clears_the_property_but_one_people_file_never_clears_another(@TempDir Path delta) {
        load(Samples.small());
        Samples.write(delta, "vehicles.csv", "id,vrm,make,model,colour", List.of("VH-001,PN17 ABC,Ford,Focus,"));
        Samples.write(delta, "associates.csv", "id,forename,surname,sex", List.of("A-001,Dawn,Tweddle,F"));
        load(delta);
        assertThat(one("MATCH (v:Vehicle {id: 'VH-001'}) RETURN v").get("v").asMap()).doesNotContainKey("colour")
                .containsEntry("vrmNormalised", "PN17ABC");
        assertThat(one("MATCH (p:Person {id: 'A-001'}) RETURN p.dob AS dob").get("dob").asLocalDate())
                .isEqualTo(LocalDate.of(1986, 11, 2));
    }

    @Test
    void unknown_csv_files_are_noted_not_loaded(@TempDir Path delta) throws IOException {
        Samples.write(delta, "nominal.csv", "id", List.of());
        Files.writeString(delta.resolve("rejects.csv"), "file,line,id,field,reason\n");
        assertThatThrownBy(() -> load(delta)).isInstanceOf(ImportException.class)
                .hasMessageContaining("No files of the import format in")
                .hasMessageContaining("nominal.csv is not a file of the import format and was not loaded");

        Samples.write(delta, "areas.csv", "id,name", List.of("cumbria,Cumbria"));
        ImportReport report = load(delta);
        assertThat(report.files()).extracting(FileReport::file).containsExactly("areas.csv");
        assertThat(report.notes()).contains("nominal.csv is not a file of the import format and was not loaded")
                .noneMatch(n -> n.startsWith("rejects.csv"));
    }
}
