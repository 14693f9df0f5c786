package uk.vigil.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.vigil.Server;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * Conflicts, vetting and zones over fixtures/geo.cypher: every rule with its records and distance,
 * the edge cases (a home on a zone's border, crossing zones, a multipolygon, an expired zone, a
 * circle just too small), conflicts resolved (not deleted) when a victim moves or a zone expires,
 * and what each viewer may see: victims only for those with a need, nothing for duty-to-co-operate
 * members, nothing across areas.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeoApiIT {
    private static Server server;
    private static AuthClient om;
    private static AuthClient analyst;
    private static AuthClient dtc;
    private static AuthClient lancs;
    private static AuthClient police;

    @BeforeAll
    static void start() throws InterruptedException {
        TestGraph.clear();
        Fixtures.load("geo.cypher");
        TestUsers.create(new TestUsers.Spec("geo-om", "cumbria-probation", List.of("cumbria"), List.of("OFFENDER_MANAGER"),
                "OFFICIAL_SENSITIVE", "OF1"));
        TestUsers.create(new TestUsers.Spec("geo-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("geo-police", "cumbria-police", List.of("cumbria"), List.of("POLICE_PRACTITIONER"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("geo-dtc", "cumbria-childrens-services", List.of("cumbria"), List.of("DTC_MEMBER"),
                "OFFICIAL_SENSITIVE", "OF-DTC"));
        TestUsers.create(new TestUsers.Spec("geo-lancs", "lancs-police", List.of("lancashire"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        om = TestUsers.signIn(server.port(), "geo-om");
        analyst = TestUsers.signIn(server.port(), "geo-analyst");
        dtc = TestUsers.signIn(server.port(), "geo-dtc");
        lancs = TestUsers.signIn(server.port(), "geo-lancs");
        police = TestUsers.signIn(server.port(), "geo-police");
        scan(analyst, "cumbria");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode scan(AuthClient client, String area) throws InterruptedException {
        AuthClient.Response started = client.post("/api/conflicts/scans", Map.of("area", area));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asText();
        for (int i = 0; i < 600; i++) {
            JsonNode s = client.get("/api/conflicts/scans/" + id).json();
            if (s.get("state").asText().equals("DONE")) {
                return s;
            }
            assertThat(s.get("state").asText()).isNotEqualTo("FAILED");
            Thread.sleep(100);
        }
        throw new AssertionError("scan did not finish");
    }

    static JsonNode dashboard(AuthClient client, String query) {
        AuthClient.Response r = client.get("/api/conflicts?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** "RULE nominal relation" of each item, plus the involved ids the API names. */
    static TreeSet<String> keys(JsonNode dashboard) {
        TreeSet<String> out = new TreeSet<>();
        dashboard.get("items").forEach(i -> out.add(i.get("rule").asText() + " " + i.get("nominal").get("id").asText() + " "
                + i.get("relation").asText()));
        return out;
    }

    static List<JsonNode> items(JsonNode dashboard, String rule, String nominal) {
        List<JsonNode> out = new ArrayList<>();
        dashboard.get("items").forEach(i -> {
            if (i.get("rule").asText().equals(rule) && i.get("nominal").get("id").asText().equals(nominal)) {
                out.add(i);
            }
        });
        return out;
    }

    @Test
    @Order(1)
    void every_rule_is_found_with_its_distance_and_nothing_else() {
        JsonNode d = dashboard(analyst, "area=cumbria&size=200");
        assertThat(keys(d)).containsExactlyInAnyOrder(
                "EXCLUSION_ZONE N1 LIVES_AT", "VICTIM_PROXIMITY N1 LIVES_AT", "CHILD_RESIDENCE N1 LIVES_AT",
                "SENSITIVE_PLACE N1 LIVES_AT", "CONCENTRATION N1 LIVES_AT",
                "CONCENTRATION N2 LIVES_AT", "CONCENTRATION N3 LIVES_AT", "CONCENTRATION N4 LIVES_AT",
                "CONCENTRATION N5 LIVES_AT", "CONCENTRATION N6 LIVES_AT",
                "EXCLUSION_ZONE N7 LIVES_AT", "EXCLUSION_ZONE N7 WORKS_AT");
        // two zones over N7's home (one has it exactly on its border): two conflicts with one key
        assertThat(items(d, "EXCLUSION_ZONE", "N7")).hasSize(3);
        assertThat(d.get("total").asInt()).isEqualTo(13);
        assertThat(d.get("open").asInt()).isEqualTo(13);
        JsonNode near = items(d, "VICTIM_PROXIMITY", "N1").get(0);
        assertThat(near.get("distanceM").asInt()).isBetween(295, 305);
        assertThat(items(d, "SENSITIVE_PLACE", "N1").get(0).get("distanceM").asInt()).isBetween(90, 100);
        assertThat(near.get("firstSeen").asText()).isNotEmpty();
        assertThat(near.get("status").asText()).isEqualTo("OPEN");
        d.get("items").forEach(i -> assertThat(i.get("summary").asText()).doesNotContain("Vera", "Quill", "Secret Lane", "CA1 2ZZ",
                "Cara", "VAD1", "V1 ", "CH1"));
    }

    @Test
    @Order(2)
    void a_conflict_names_the_victim_only_to_those_with_a_need() {
        String id = items(dashboard(analyst, "area=cumbria&rule=VICTIM_PROXIMITY"), "VICTIM_PROXIMITY", "N1").get(0).get("id").asText();
        JsonNode forAnalyst = analyst.get("/api/conflicts/" + id).json();
        assertThat(forAnalyst.toString()).doesNotContain("Vera", "Quill", "VAD1", "Secret Lane", "54.8952");
        assertThat(forAnalyst.get("involves").findValues("redacted")).isNotEmpty();
        JsonNode forOm = om.get("/api/conflicts/" + id).json();
        assertThat(forOm.toString()).contains("Vera", "VAD1");
        assertThat(dtc.get("/api/conflicts?area=cumbria").status()).isEqualTo(403);
        assertThat(dtc.get("/api/conflicts/" + id).status()).isEqualTo(403);
        assertThat(lancs.get("/api/conflicts/" + id).status()).isEqualTo(404);
        assertThat(dashboard(lancs, "area=cumbria").get("total").asInt()).isZero();
        assertThat(TestGraph.count("MATCH (a:AuditRecord {event: 'VIEW_CONFLICT'}) RETURN count(a)", Map.of())).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(3)
    void vetting_a_proposed_address_returns_every_conflict_and_redacts_victims_by_permission() {
        Map<String, Object> body = Map.of("nominal", "N1", "postcode", "ca1 2zy", "lat", 54.8950, "lng", -2.9330);
        AuthClient.Response r = om.post("/api/vetting", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode v = r.json();
        assertThat(v.get("result").asText()).isEqualTo("CONFLICTS");
        List<String> rules = new ArrayList<>();
        v.get("conflicts").forEach(c -> rules.add(c.get("rule").asText()));
        assertThat(rules).contains("EXCLUSION_ZONE", "VICTIM_PROXIMITY").doesNotContain("CHILD_RESIDENCE");
        assertThat(v.get("victimsNearby").get(0).get("surname").asText()).isEqualTo("Quill");
        assertThat(v.get("victimsNearby").get(0).get("distanceM").asInt()).isBetween(20, 30);
        assertThat(v.get("sensitivePlacesNearby").findValuesAsText("id")).contains("SP1", "SP2");
        assertThat(v.get("address").get("postcode").asText()).isEqualTo("CA1 2ZY");

        JsonNode redacted = police.send("POST", "/api/vetting", body, Map.of("X-CSRF-Token", police.csrfToken(),
                "X-Vigil-Purpose", "vetting test")).json();
        assertThat(redacted.toString()).doesNotContain("Quill", "Vera", "VAD1", "54.8952");
        assertThat(redacted.get("victimsNearby").get(0).get("within").asText()).isEqualTo("within 500 m");
        assertThat(TestGraph.count("MATCH (c:VettingCheck {nominal: 'N1', result: 'CONFLICTS'})-[:FOR]->(:Person {id: 'N1'}) RETURN count(c)",
                Map.of())).isEqualTo(2);
        assertThat(TestGraph.count("MATCH (a:AuditRecord {event: 'VETTING_CHECK'}) RETURN count(a)", Map.of())).isEqualTo(2);

        JsonNode clear = om.post("/api/vetting", Map.of("nominal", "N1", "addressId", "VAD2")).json();
        assertThat(clear.get("result").asText()).isEqualTo("CLEAR");
        JsonNode existing = om.post("/api/vetting", Map.of("nominal", "N1", "addressId", "AD1")).json();
        assertThat(existing.get("conflicts").findValuesAsText("rule")).contains("CHILD_RESIDENCE", "SENSITIVE_PLACE", "CONCENTRATION");
    }

    @Test
    @Order(4)
    void bad_vetting_input_is_refused_with_a_reason() {
        assertThat(om.post("/api/vetting", Map.of("nominal", "N1", "postcode", "CA1 2ZY", "lat", 48.85, "lng", 2.35)).body())
                .contains("inside the UK");
        assertThat(om.post("/api/vetting", Map.of("nominal", "N1", "postcode", "nonsense", "lat", 54.9, "lng", -2.9)).body())
                .contains("not a UK postcode");
        assertThat(om.post("/api/vetting", Map.of("nominal", "N1", "postcode", "CA1 2ZY")).body()).contains("lat and lng are required");
        assertThat(om.post("/api/vetting", Map.of("nominal", "N1", "addressId", "NOPE")).status()).isEqualTo(404);
        assertThat(om.post("/api/vetting", Map.of("nominal", "N8", "addressId", "AD1")).status()).isEqualTo(404);
        assertThat(om.post("/api/vetting", "{not json").status()).isEqualTo(400);
        assertThat(dtc.post("/api/vetting", Map.of("nominal", "N1", "addressId", "AD1")).status()).isEqualTo(403);
    }

    static Map<String, Object> zone(Object geometry, Long radius, String protectedPerson) {
        Map<String, Object> z = new HashMap<>();
        z.put("condition", "CN1");
        z.put("protectedPerson", protectedPerson);
        z.put("name", "Drawn");
        z.put("geometry", geometry);
        z.put("radiusM", radius);
        z.put("from", "2025-01-01");
        return z;
    }

    @Test
    @Order(5)
    void zones_are_validated_whole_before_anything_is_stored() {
        long before = TestGraph.count("MATCH (z:ExclusionZone) RETURN count(z)", Map.of());
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.94,54.89],[-2.93,54.90],[-2.93,54.89],[-2.94,54.90],[-2.94,54.89]]]}";
        assertThat(om.post("/api/zones", zone(bowtie, null, "V1")).body()).contains("self-intersection");
        assertThat(om.post("/api/zones", zone("{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}", 500L, "V1")).body())
                .contains("outside the UK");
        assertThat(om.post("/api/zones", zone("{\"type\":\"Polygon\",\"coordinates\":[]}", null, "V1")).body()).contains("no coordinates");
        assertThat(om.post("/api/zones", zone("{\"type\":\"Point\",\"coordinates\":[-2.93,54.89]}", 500L, null)).body())
                .contains("protectedPerson is required");
        assertThat(om.post("/api/zones", zone("{\"type\":\"Point\",\"coordinates\":[-2.93,54.89]}", 500L, "NOBODY")).body())
                .contains("matches no person");
        AuthClient.Response hidden = analyst.post("/api/zones", zone("{\"type\":\"Point\",\"coordinates\":[-2.93,54.89]}", 500L, "V1"));
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(TestGraph.count("MATCH (z:ExclusionZone) RETURN count(z)", Map.of())).isEqualTo(before);

        AuthClient.Response made = om.post("/api/zones", zone(Map.of("type", "Point", "coordinates", List.of(-2.9, 54.8)), 300L, "V1"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode export = om.get("/api/nominals/N1/zones").json();
        assertThat(export.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(export.get("features")).hasSize(2);
        JsonNode forPolice = police.send("GET", "/api/nominals/N1/zones", null,
                Map.of("X-Vigil-Purpose", "zone test")).json();
        forPolice.get("features").forEach(f -> assertThat(f.get("geometry").isNull()).isTrue());
    }

    @Test
    @Order(6)
    void a_victim_moving_away_or_a_zone_expiring_resolves_the_conflict_without_deleting_it() {
        TestGraph.graph().write(tx -> tx.run("""
                MATCH (:Person {id: 'V1'})-[l:LIVES_AT]->(:Address {id: 'VAD1'}) SET l.to = date() - duration('P1D')
                WITH 1 AS x MATCH (v:Person {id: 'V1'}), (far:Address {id: 'VAD2'})
                CREATE (v)-[:LIVES_AT {id: 'PV2', from: date()}]->(far)""").consume());
        TestGraph.graph().write(tx -> tx.run("MATCH (z:ExclusionZone {id: 'Z-CROSS'}) SET z.to = date() - duration('P1D')").consume());
        ConflictEngine engine = new ConflictEngine(TestGraph.graph(), java.time.Clock.systemUTC(), ConflictSettings.defaults());
        Recompute r = engine.changed(new Changes(List.of(), List.of("Z-CROSS"), List.of(), List.of("V1"), List.of()));
        assertThat(r.nominals()).isEqualTo(2);
        assertThat(r.resolved()).isEqualTo(2);
        JsonNode resolved = dashboard(analyst, "area=cumbria&status=RESOLVED");
        assertThat(keys(resolved)).containsExactlyInAnyOrder("VICTIM_PROXIMITY N1 LIVES_AT", "EXCLUSION_ZONE N7 LIVES_AT");
        resolved.get("items").forEach(i -> assertThat(i.get("resolvedAt").asText()).isNotEmpty());
        assertThat(dashboard(analyst, "area=cumbria").get("open").asInt()).isEqualTo(11);
    }

    @Test
    @Order(7)
    void bad_dashboard_input_is_a_400() {
        assertThat(analyst.get("/api/conflicts").status()).isEqualTo(400);
        assertThat(analyst.get("/api/conflicts?area=cumbria&status=MAYBE").status()).isEqualTo(400);
        assertThat(analyst.get("/api/conflicts?area=cumbria&rule=x%27%20OR%201%3D1").status()).isEqualTo(400);
        assertThat(analyst.get("/api/conflicts?area=cumbria&size=100000").status()).isEqualTo(400);
        assertThat(analyst.post("/api/conflicts/scans", Map.of("area", "lancashire")).status()).isEqualTo(400);
        assertThat(analyst.get("/api/conflicts/scans/nope").status()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void a_rescan_that_finds_nothing_new_writes_no_conflict_and_confirms_them_all_through_the_area() throws Exception {
        String before = dashboard(analyst, "area=cumbria").get("lastScanAt").asText();
        assertThat(before).as("the scan at the start finished").isNotEmpty();
        // as if the conflicts had been stored yesterday: the rescan confirms them without writing them
        TestGraph.graph().write(tx -> tx.run("MATCH (c:Conflict {area: 'cumbria'}) SET c.asOf = date() - duration('P1D')").consume());
        Map<String, Object> checked = TestGraph.graph().read(tx -> tx.run("""
                MATCH (c:Conflict {area: 'cumbria'}) RETURN c.id AS id, toString(c.checkedAt) + ' ' + toString(c.asOf) + ' ' + c.status AS checked""")
                .list(r -> r).stream().collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("checked").asString())));
        JsonNode rescan = scan(analyst, "cumbria");
        assertThat(rescan.get("found").asInt()).isEqualTo(11);
        assertThat(rescan.get("resolved").asInt()).isZero();
        Map<String, Object> after = TestGraph.graph().read(tx -> tx.run("""
                MATCH (c:Conflict {area: 'cumbria'}) RETURN c.id AS id, toString(c.checkedAt) + ' ' + toString(c.asOf) + ' ' + c.status AS checked""")
                .list(r -> r).stream().collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("checked").asString())));
        assertThat(after).as("no conflict was rewritten or touched").isEqualTo(checked);
        JsonNode d = dashboard(analyst, "area=cumbria");
        assertThat(java.time.OffsetDateTime.parse(d.get("lastScanAt").asText())).isAfter(java.time.OffsetDateTime.parse(before));
        assertThat(d.get("open").asInt()).isEqualTo(11);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        d.get("items").forEach(i -> assertThat(i.get("asOf").asText()).as(i.get("id").asText()).isEqualTo(today));
        JsonNode one = analyst.get("/api/conflicts/" + d.get("items").get(0).get("id").asText()).json();
        assertThat(one.get("conflict").get("asOf").asText()).isEqualTo(today);
    }

    @Test
    @Order(10)
    void no_child_is_looked_for_at_an_address_that_is_no_household() {
        assertThat(om.post("/api/vetting", Map.of("nominal", "N1", "addressId", "AD1")).json().get("conflicts")
                .findValuesAsText("rule")).contains("CHILD_RESIDENCE");
        String kind = TestGraph.graph().read(tx -> tx.run("MATCH (a:Address {id: 'AD1'}) RETURN a.kind AS k").single().get("k").asString());
        TestGraph.graph().write(tx -> tx.run("MATCH (a:Address {id: 'AD1'}) SET a.kind = 'APPROVED_PREMISES'").consume());
        try {
            // the child still lives there, but an approved premises is no household (VIGIL_CONFLICT_NOT_HOUSEHOLDS)
            assertThat(om.post("/api/vetting", Map.of("nominal", "N1", "addressId", "AD1")).json().get("conflicts")
                    .findValuesAsText("rule")).doesNotContain("CHILD_RESIDENCE");
        } finally {
            TestGraph.graph().write(tx -> tx.run("MATCH (a:Address {id: 'AD1'}) SET a.kind = $k", Map.of("k", kind)).consume());
        }
    }

    @Test
    @Order(11)
    void places_are_looked_for_as_far_as_a_condition_reaches_and_of_every_kind_it_names() {
        // a pool 650 m east of N1's home: beyond CN3's 200 m and not a school
        TestGraph.graph().write(tx -> tx.run("""
                CREATE (:SensitivePlace {id: 'SP9', name: 'Carlisle Baths', type: 'SWIMMING_POOL', town: 'Carlisle', area: 'cumbria',
                        location: point({latitude: 54.8925, longitude: -2.92276})})""").consume());
        try {
            assertThat(sensitive("N1", "AD1")).noneMatch(t -> t.contains("swimming pool"));
            // a second condition reaching 700 m and naming no kind (every kind), and a third naming pools within 100 m
            TestGraph.graph().write(tx -> tx.run("""
                    MATCH (o:Order {id: 'O1'})
                    CREATE (o)-[:HAS_CONDITION]->(:Condition {id: 'CN3B', type: 'NOT_IN_SIGHT_OF', wording: 'Not within 700 m of any
                            place where children gather', from: date('2024-01-01'), placeTypes: [], distanceM: 700})
                    CREATE (o)-[:HAS_CONDITION]->(:Condition {id: 'CN3C', type: 'NOT_IN_SIGHT_OF', wording: 'Not in sight of pools',
                            from: date('2024-01-01'), placeTypes: ['SWIMMING_POOL'], distanceM: 100})""").consume());
            List<String> found = sensitive("N1", "AD1");
            assertThat(found).anyMatch(t -> t.contains("swimming pool") && t.contains("condition CN3B forbids"));
            assertThat(found).noneMatch(t -> t.contains("swimming pool") && t.contains("condition CN3C forbids"));
            // a kind no condition names is looked for too, as one condition names none
            assertThat(found).anyMatch(t -> t.contains("playground") && t.contains("condition CN3B forbids"));
            assertThat(found).anyMatch(t -> t.contains("school") && t.contains("condition CN3 forbids"));
        } finally {
            TestGraph.graph().write(tx -> tx.run("""
                    MATCH (x) WHERE x.id IN ['SP9', 'CN3B', 'CN3C'] DETACH DELETE x""").consume());
        }
    }

    /** The summaries of rule 3's conflicts that vetting finds for a nominal at one of his addresses. */
    private List<String> sensitive(String nominal, String address) {
        List<String> out = new java.util.ArrayList<>();
        om.post("/api/vetting", Map.of("nominal", nominal, "addressId", address)).json().get("conflicts").forEach(c -> {
            if (c.get("rule").asText().equals("SENSITIVE_PLACE")) {
                out.add(c.get("summary").asText());
            }
        });
        return out;
    }

    @Test
    @Order(8)
    void the_map_shows_victims_and_zone_shapes_only_to_those_with_a_need() {
        JsonNode forOm = om.get("/api/nominals/N1/map").json();
        assertThat(forOm.get("victims").findValuesAsText("id")).contains("V1");
        assertThat(forOm.get("zones").get(0).get("geometry").get("type").asText()).isEqualTo("Polygon");
        assertThat(forOm.get("places").findValuesAsText("id")).contains("SP1", "SP2");
        assertThat(forOm.get("conflicts").findValuesAsText("rule")).contains("EXCLUSION_ZONE", "CHILD_RESIDENCE");
        assertThat(forOm.get("addresses").findValuesAsText("id")).contains("AD1");
        assertThat(forOm.get("zoneConditions").get(0).get("id").asText()).isEqualTo("CN1");
        JsonNode forPolice = police.send("GET", "/api/nominals/N1/map", null, Map.of("X-Vigil-Purpose", "map test")).json();
        assertThat(forPolice.get("victims")).isEmpty();
        assertThat(forPolice.get("zoneConditions")).isEmpty();
        forPolice.get("zones").forEach(z -> assertThat(z.get("geometry").isNull()).isTrue());
        assertThat(forPolice.toString()).doesNotContain("Quill", "VAD1", "VAD2");
        assertThat(dtc.get("/api/nominals/N1/map").status()).isEqualTo(403);
        assertThat(lancs.get("/api/nominals/N1/map").status()).isEqualTo(404);
        JsonNode base = analyst.get("/api/map/base").json();
        assertThat(base.get("tileUrl").isNull()).isTrue();
        assertThat(base.get("towns").findValuesAsText("town")).contains("Carlisle").doesNotContain("Preston");
    }

    /**
     * Rule 1 from electronic monitoring: his tag inside the Wigton part of his multipolygon zone makes one
     * conflict naming the first position (a position of last month, or outside every zone, counts for
     * nothing); the position is shown only to a viewer its marking allows; without the positions a
     * rescan resolves it.
     */
    @Test
    @Order(12)
    void a_tag_position_inside_his_zone_is_a_conflict_and_the_position_is_shown_by_its_marking() throws Exception {
        TestGraph.graph().write(tx -> tx.run("""
                MATCH (n:Person {id: 'N7'})
                UNWIND [{id: 'TF1', ago: 'PT3H', lat: 54.825, lng: -3.16}, {id: 'TF2', ago: 'PT2H', lat: 54.826, lng: -3.161},
                        {id: 'TF3', ago: 'PT1H', lat: 54.90, lng: -3.00}, {id: 'TF0', ago: 'P30D', lat: 54.825, lng: -3.16}] AS f
                CREATE (n)-[:HAD_TAG_FIX]->(:TagFix {id: f.id, person: 'N7', recordedAt: datetime() - duration(f.ago), accuracyM: 10,
                        location: point({latitude: f.lat, longitude: f.lng}), marking: 'OFFICIAL_SENSITIVE'})""").consume());
        try {
            scan(analyst, "cumbria");
            List<JsonNode> tag = items(dashboard(analyst, "area=cumbria&size=200"), "EXCLUSION_ZONE", "N7").stream()
                    .filter(i -> i.get("relation").asText().equals("MONITORING")).toList();
            assertThat(tag).hasSize(1);
            assertThat(tag.get(0).get("summary").asText()).startsWith("His tag recorded him inside an active exclusion zone (condition CN7) 2 times");
            String id = tag.get(0).get("id").asText();
            JsonNode involves = analyst.get("/api/conflicts/" + id).json().get("involves");
            JsonNode fix = java.util.stream.StreamSupport.stream(involves.spliterator(), false)
                    .filter(i -> i.get("role").asText().equals("TAG_FIX")).findFirst().orElseThrow();
            assertThat(fix.get("id").asText()).isEqualTo("TF1");
            assertThat(fix.get("lat").asDouble()).isEqualTo(54.825);
            AuthClient.Response map = analyst.send("GET", "/api/nominals/N7/map", null, Map.of("X-Vigil-Purpose", "map test"));
            assertThat(map.status()).as(map.body()).isEqualTo(200);
            assertThat(map.json().get("conflicts").toString()).contains("\"relation\":\"MONITORING\"", "\"lat\":54.825");

            TestGraph.graph().write(tx -> tx.run("MATCH (f:TagFix {id: 'TF1'}) SET f.marking = 'SECRET'").consume());
            JsonNode hidden = analyst.get("/api/conflicts/" + id).json();
            assertThat(hidden.get("involves").toString()).contains("{\"redacted\":true,\"role\":\"TAG_FIX\"}").doesNotContain("TF1", "54.825");
        } finally {
            TestGraph.graph().write(tx -> tx.run("MATCH (f:TagFix) DETACH DELETE f").consume());
        }
        scan(analyst, "cumbria");
        assertThat(items(dashboard(analyst, "area=cumbria&status=RESOLVED&size=200"), "EXCLUSION_ZONE", "N7").stream()
                .map(i -> i.get("relation").asText())).contains("MONITORING");
    }
}
