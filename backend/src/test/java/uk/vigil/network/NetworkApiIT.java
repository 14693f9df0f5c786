package uk.vigil.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.Server;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * Network expansion, explained paths and hidden associations over fixtures/network.cypher: what
 * they find, how they explain it, and that hidden people (H1 is SECRET, H2 in another area) are
 * neither shown nor counted nor walked through.
 */
class NetworkApiIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient secretAnalyst;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("network.cypher");
        TestUsers.create(new TestUsers.Spec("net-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("net-secret", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "SECRET", null));
        TestUsers.create(new TestUsers.Spec("net-dtc", "cumbria-childrens-services", List.of("cumbria"),
                List.of("DTC_MEMBER"), "OFFICIAL_SENSITIVE", "OF-NET-DTC"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "net-analyst");
        secretAnalyst = TestUsers.signIn(server.port(), "net-secret");
        dtc = TestUsers.signIn(server.port(), "net-dtc");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode ok(AuthClient client, String url) {
        var r = client.get(url);
        assertThat(r.status()).as(url + " " + r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> ids(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void two_hops_from_a_nominal_reach_who_shares_his_phone_home_car_offence_and_intelligence() {
        JsonNode n = ok(analyst, "/api/network?id=N1&hops=2");
        assertThat(ids(n.get("nodes"))).contains("N1", "D1", "N2", "A1", "N3", "V1", "N4", "OF1", "N5", "I1", "N6", "A2", "C1", "N8", "AP1")
                .doesNotContain("H1", "H2");
        assertThat(n.get("truncated").asBoolean()).isFalse();
        JsonNode edge = null;
        for (JsonNode e : n.get("edges")) {
            if (e.get("source").asText().equals("PERSON:N1") && e.get("target").asText().equals("ADDRESS:A1")) {
                edge = e;
            }
        }
        assertThat(edge).isNotNull();
        assertThat(edge.get("explanation").asText()).isEqualTo("lived at (2019-2021)");
        assertThat(n.toString()).doesNotContain("Seen together"); // intelligence wording is never in a network
    }

    @Test
    void a_hub_is_collapsed_into_a_count_of_only_the_people_the_viewer_may_see() {
        JsonNode n = ok(analyst, "/api/network?id=N1&hops=2");
        JsonNode group = null;
        for (JsonNode g : n.get("groups")) {
            if (g.get("source").asText().equals("ADDRESS:AP1")) {
                group = g;
            }
        }
        assertThat(group).as(n.get("groups").toString()).isNotNull();
        assertThat(group.get("type").asText()).isEqualTo("LIVES_AT");
        assertThat(group.get("count").asLong()).isEqualTo(31); // 30 residents and N1; H1 (SECRET) is not counted
        assertThat(ids(n.get("nodes"))).doesNotContain("R1", "R30");
        JsonNode secret = ok(secretAnalyst, "/api/network?id=N1&hops=2");
        long secretCount = 0;
        for (JsonNode g : secret.get("groups")) {
            if (g.get("source").asText().equals("ADDRESS:AP1")) {
                secretCount = g.get("count").asLong();
            }
        }
        assertThat(secretCount).isEqualTo(32);
        assertThat(ids(secret.get("nodes"))).contains("H1");
        JsonNode wide = ok(analyst, "/api/network?id=AP1&kind=ADDRESS&hops=1&cap=100");
        assertThat(ids(wide.get("nodes"))).contains("R1", "R30", "N1").doesNotContain("H1").hasSize(32);
    }

    @Test
    void a_hub_larger_than_an_expansion_reads_is_counted_at_least_or_read_whole_when_it_must() {
        uk.vigil.access.Viewer viewer = new uk.vigil.access.Viewer("net-analyst", "cumbria-police", "POLICE", java.util.Set.of("cumbria"),
                java.util.Set.of("ANALYST"), uk.vigil.access.Marking.OFFICIAL_SENSITIVE, null, "test", "127.0.0.1");
        NetworkService small = new NetworkService(TestGraph.graph(), (v, e, o, out, p, d) -> { }, 10);
        // cap 5: ten of AP1's 32 residents read, more than 5 of them visible: a group counted "at least"
        Network capped = small.expand(viewer, new NetworkRequest("AP1", "ADDRESS", 1, LinkType.DEFAULT, Window.allTime(), 5), null);
        NetworkGroup group = capped.groups().stream().filter(g -> g.type().equals("LIVES_AT")).findFirst().orElseThrow();
        assertThat(group.atLeast()).isTrue();
        assertThat(group.count()).isBetween(9L, 10L); // H1 (SECRET) may be among the ten read: never counted
        assertThat(group.explanation()).contains("+ more linked by lives at").contains("not all counted");
        // cap 25: ten read are too few to collapse, so AP1 is read whole and counted exactly
        Network whole = small.expand(viewer, new NetworkRequest("AP1", "ADDRESS", 1, LinkType.DEFAULT, Window.allTime(), 25), null);
        NetworkGroup exact = whole.groups().stream().filter(g -> g.type().equals("LIVES_AT")).findFirst().orElseThrow();
        assertThat(exact.atLeast()).isFalse();
        assertThat(exact.count()).isEqualTo(31);
        // cap 100: drawn one by one, all 31 visible residents, H1 not among them
        Network drawn = small.expand(viewer, new NetworkRequest("AP1", "ADDRESS", 1, LinkType.DEFAULT, Window.allTime(), 100), null);
        assertThat(drawn.nodes().stream().map(NetworkNode::id).toList()).contains("R1", "R30", "N1").doesNotContain("H1").hasSize(32);
        // cap 31, whole read (200 per type): 32 links read, more than the cap, so the hop left out their
        // properties; only 31 are visible (H1 is SECRET), so they are drawn, read again with properties
        NetworkService standard = new NetworkService(TestGraph.graph(), (v, e, o, out, p, d) -> { });
        Network atCap = standard.expand(viewer, new NetworkRequest("AP1", "ADDRESS", 1, LinkType.DEFAULT, Window.allTime(), 31), null);
        assertThat(atCap.groups()).noneMatch(g -> g.type().equals("LIVES_AT"));
        assertThat(atCap.nodes().stream().map(NetworkNode::id).toList()).contains("R1", "R30", "N1").doesNotContain("H1").hasSize(32);
        NetworkNode r7 = atCap.nodes().stream().filter(n -> n.id().equals("R7")).findFirst().orElseThrow();
        assertThat(r7.caption()).contains("Resident").contains("Number7");
        assertThat(r7.properties()).containsEntry("surname", "Number7");
    }

    @Test
    void a_shared_phone_shows_the_visible_user_and_hides_one_from_another_area() {
        JsonNode n = ok(analyst, "/api/network?id=N2&hops=2&types=USES_DEVICE");
        assertThat(ids(n.get("nodes"))).containsExactlyInAnyOrder("N2", "D1", "D2", "N1");
        assertThat(n.toString()).doesNotContain("H2", "Lancs", "H1", "Hidden");
    }

    @Test
    void as_of_a_date_only_links_holding_then_count() {
        assertThat(ids(ok(analyst, "/api/network?id=N1&hops=2&types=LIVES_AT&at=2019-06-01").get("nodes")))
                .contains("A1").doesNotContain("N3", "A2");
        assertThat(ids(ok(analyst, "/api/network?id=N1&hops=2&types=LIVES_AT&at=2021-01-01").get("nodes")))
                .contains("A1", "N3").doesNotContain("A2");
        assertThat(ids(ok(analyst, "/api/network?id=N1&hops=2&types=LIVES_AT&from=2023-01-01&to=2024-12-31").get("nodes")))
                .contains("A2", "C1", "N8").doesNotContain("A1", "N3");
    }

    @Test
    void bad_expansion_requests_are_refused_clearly_and_hidden_starts_look_unknown() {
        assertThat(analyst.get("/api/network?id=N1&hops=5").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network?id=N1&hops=0").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network?id=N1&types=KNOWS").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network?id=N1&at=yesterday").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network?id=N1&from=2024-01-01&to=2020-01-01").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network?id=N1&kind=OFFICER").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network").status()).isEqualTo(400);
        var unknown = analyst.get("/api/network?id=NOPE");
        var hidden = analyst.get("/api/network?id=H1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().get("error").asText()).isEqualTo("No person with id H1");
        assertThat(unknown.json().get("error").asText()).isEqualTo("No person with id NOPE");
        assertThat(dtc.get("/api/network?id=N1").status()).isEqualTo(403);
        assertThat(dtc.get("/api/network/paths?ids=N1,N2").status()).isEqualTo(403);
    }

    @Test
    void the_shortest_path_between_two_people_says_what_links_them() {
        JsonNode pair = ok(analyst, "/api/network/paths?ids=N1,N2").get("pairs").get(0);
        assertThat(pair.get("found").asBoolean()).isTrue();
        JsonNode first = pair.get("paths").get(0);
        assertThat(first.get("length").asInt()).isEqualTo(2);
        assertThat(first.get("links").get(0).asText()).contains("same phone 07700 900001 since 2021");
        assertThat(first.get("hops").get(0).get("explanation").asText()).isEqualTo("Alan Ash (1980-03-12) uses phone/device (since 2020) phone 07700 900001");
        JsonNode coAccused = ok(analyst, "/api/network/paths?ids=N1,N5&types=CONVICTED_OF").get("pairs").get(0);
        assertThat(coAccused.get("paths").get(0).get("links").get(0).asText()).contains("co-accused: convicted of the same offence");
        JsonNode address = ok(analyst, "/api/network/paths?ids=N1,N3&types=LIVES_AT").get("pairs").get(0);
        assertThat(address.get("paths").get(0).get("links").get(0).asText()).contains("same address 1 Ash Row Carlisle CA1 1AA 2020-2021");
    }

    @Test
    void k_shortest_paths_and_more_than_two_ends() {
        JsonNode pair = ok(analyst, "/api/network/paths?ids=N1,N2&k=3&maxHops=8").get("pairs").get(0);
        assertThat(pair.get("paths").size()).isBetween(1, 3);
        JsonNode three = ok(analyst, "/api/network/paths?ids=N1,N2,ADDRESS:A1");
        assertThat(three.get("pairs").size()).isEqualTo(3);
        three.get("pairs").forEach(p -> assertThat(p.get("found").asBoolean()).as(p.toString()).isTrue());
    }

    @Test
    void a_path_only_through_a_hidden_person_is_no_path_and_says_nothing_about_it() {
        JsonNode hidden = ok(analyst, "/api/network/paths?ids=N1,N10").get("pairs").get(0);
        assertThat(hidden.get("found").asBoolean()).isFalse();
        assertThat(hidden.get("message").asText()).isEqualTo("No path found among the records you can see within 6 steps");
        assertThat(hidden.toString()).doesNotContain("H1", "Secret", "D4");
        JsonNode seen = ok(secretAnalyst, "/api/network/paths?ids=N1,N10").get("pairs").get(0);
        assertThat(seen.get("found").asBoolean()).isTrue();
        assertThat(seen.toString()).contains("H1");
    }

    @Test
    void hubs_are_not_walked_through_unless_asked_and_bad_path_requests_get_clear_answers() {
        JsonNode viaHub = ok(analyst, "/api/network/paths?ids=N1,R5").get("pairs").get(0);
        assertThat(viaHub.get("found").asBoolean()).isFalse();
        JsonNode allowed = ok(analyst, "/api/network/paths?ids=N1,R5&hubDegree=100").get("pairs").get(0);
        assertThat(allowed.get("found").asBoolean()).isTrue();
        assertThat(allowed.get("paths").get(0).get("links").get(0).asText()).contains("same address Bowling Green House");
        assertThat(analyst.get("/api/network/paths?ids=N1,N1").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network/paths?ids=N1").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network/paths?ids=N1,N2&maxHops=9").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network/paths?ids=N1,N2&k=6").status()).isEqualTo(400);
        assertThat(analyst.get("/api/network/paths?ids=N1,NOPE").status()).isEqualTo(404);
        assertThat(analyst.get("/api/network/paths?ids=N1,H1").status()).isEqualTo(404);
        JsonNode disconnected = ok(analyst, "/api/network/paths?ids=N9,N10").get("pairs").get(0);
        assertThat(disconnected.get("found").asBoolean()).isFalse();
    }

    @Test
    void hidden_associations_are_ranked_by_evidence_and_leave_out_recorded_ones() {
        JsonNode r = ok(analyst, "/api/network/hidden-associations/N1");
        List<String> people = new ArrayList<>();
        r.get("associations").forEach(a -> people.add(a.get("person").get("id").asText()));
        assertThat(people).contains("N2", "N3", "N5", "N6", "N8").doesNotContain("N4", "H1", "N1", "R1");
        JsonNode top = r.get("associations").get(0);
        assertThat(top.get("strength").asText()).isEqualTo("STRONG");
        JsonNode phone = null;
        for (JsonNode a : r.get("associations")) {
            if (a.get("person").get("id").asText().equals("N2")) {
                phone = a;
            }
        }
        assertThat(phone.get("evidence").get(0).get("text").asText()).startsWith("same phone 07700 900001");
        assertThat(phone.get("evidence").get(0).get("score").get("rarity").asDouble()).isEqualTo(1.0);
        assertThat(r.get("hubs").get(0).get("sharedBy").asLong()).isEqualTo(31); // N1 and 30 residents; H1 (SECRET) not counted
        assertThat(r.toString()).doesNotContain("Hidden", "Secret");
    }

    @Test
    void path_queries_plan_a_bounded_shortest_search_never_an_exhaustive_fallback() throws Exception {
        var viewer = new uk.vigil.access.Viewer("plan", "cumbria-police", "POLICE", java.util.Set.of("cumbria"),
                java.util.Set.of("ANALYST"), uk.vigil.access.Marking.OFFICIAL_SENSITIVE, null, "plan", "127.0.0.1");
        Map<String, Object> params = uk.vigil.access.RecordAccess.scope(viewer);
        String a = TestGraph.graph().read(tx -> tx.run("MATCH (n:Person {id: 'N1'}) RETURN elementId(n)").single().get(0).asString());
        String b = TestGraph.graph().read(tx -> tx.run("MATCH (n:Person {id: 'N10'}) RETURN elementId(n)").single().get(0).asString());
        params.put("from", a);
        params.put("to", b);
        params.put("relTypes", LinkType.relationships(LinkType.DEFAULT));
        params.put("since", Window.EARLIEST);
        params.put("until", Window.LATEST);
        params.put("hubDegree", 25);
        StringBuilder doc = new StringBuilder();
        for (int[] kh : new int[][] {{3, 6}, {1, 8}}) {
            String cypher = NetworkService.pathQuery(kh[0], kh[1]);
            var profile = TestGraph.graph().read(tx -> tx.run("PROFILE " + cypher, params).consume().profile());
            List<String> operators = new ArrayList<>();
            collect(profile, operators, doc, 0);
            assertThat(operators).as("k=" + kh[0] + " hops=" + kh[1]).anyMatch(o -> o.startsWith("StatefulShortestPath"));
            assertThat(operators).as("no exhaustive fallback, k=" + kh[0] + " hops=" + kh[1])
                    .noneMatch(o -> o.startsWith("VarLengthExpand") || o.startsWith("ShortestPath")
                            || o.startsWith("AntiConditionalApply") || o.startsWith("ProjectEndpoints")
                            || o.startsWith("Expand(All)") || o.startsWith("AllNodesScan"));
            doc.append("\n");
        }
        java.nio.file.Path out = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "vigil-network-path-plans.txt");
        java.nio.file.Files.writeString(out, doc.toString());
    }

    private static void collect(org.neo4j.driver.summary.ProfiledPlan plan, List<String> operators, StringBuilder doc, int depth) {
        String op = plan.operatorType().replace("@neo4j", "");
        operators.add(op);
        String details = String.valueOf(plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.value("")).asObject());
        doc.append("  ".repeat(depth)).append(op).append("  rows=").append(plan.records()).append(" dbHits=").append(plan.dbHits())
                .append("  ").append(details.length() > 160 ? details.substring(0, 160) + "..." : details).append('\n');
        plan.children().forEach(c -> collect(c, operators, doc, depth + 1));
    }

    @Test
    void network_paths_and_reports_are_audited_with_every_person_shown() {
        ok(analyst, "/api/network?id=N2&hops=2&types=USES_DEVICE");
        List<Map<String, Object>> records = TestGraph.graph().read(tx -> tx.run("""
                MATCH (r:AuditRecord {user: 'net-analyst', event: 'NETWORK_QUERY'}) WHERE r.detail CONTAINS 'PERSON:N2'
                OPTIONAL MATCH (r)-[:TOUCHED]->(o:AuditObject)
                WITH r, collect(o.key) AS objects
                RETURN objects ORDER BY r.seq DESC LIMIT 1""").list(x -> x.asMap()));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("objects").toString()).contains("N2", "N1").doesNotContain("H1");
    }
}
