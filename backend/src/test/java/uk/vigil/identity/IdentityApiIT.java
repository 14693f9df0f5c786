package uk.vigil.identity;

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
 * Duplicate identities over fixtures/network.cypher (N8 "Allan Ashe" is N1 "Alan Ash" entered by
 * PNC: day and month of birth swapped, same PNC id, same home; N9 is another Alan Ash), the
 * analyst's decisions, a whole-graph scan, and children at risk (C1 lives with N1, an RSO with a
 * no-child-residence condition).
 */
class IdentityApiIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient secretAnalyst;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("network.cypher");
        TestUsers.create(new TestUsers.Spec("id-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("id-secret", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "SECRET", null));
        TestUsers.create(new TestUsers.Spec("id-dtc", "cumbria-childrens-services", List.of("cumbria"),
                List.of("DTC_MEMBER"), "OFFICIAL_SENSITIVE", "OF-NET-DTC"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "id-analyst");
        secretAnalyst = TestUsers.signIn(server.port(), "id-secret");
        dtc = TestUsers.signIn(server.port(), "id-dtc");
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

    static List<String> others(JsonNode candidates, String id) {
        List<String> out = new ArrayList<>();
        candidates.forEach(c -> out.add(c.get("first").get("id").asText().equals(id)
                ? c.get("second").get("id").asText() : c.get("first").get("id").asText()));
        return out;
    }

    @Test
    void a_swapped_birthday_misspelt_name_and_shared_pnc_make_a_candidate_and_a_namesake_does_not() {
        JsonNode c = ok(analyst, "/api/identity/duplicates/N1");
        assertThat(others(c, "N1")).containsExactly("N8");
        JsonNode pair = c.get(0);
        assertThat(pair.get("score").asDouble()).isGreaterThan(0.8);
        assertThat(pair.get("signals").toString()).contains("DOB_DAY_MONTH_SWAPPED", "SHARED_PNC_ID", "SHARED_ADDRESS",
                "FORENAME_PHONETIC", "SURNAME_PHONETIC");
        assertThat(pair.get("reasons").toString()).contains("same PNC id 1999/0000001A");
        assertThat(others(ok(analyst, "/api/identity/duplicates/N9"), "N9")).isEmpty();
        assertThat(analyst.get("/api/identity/duplicates/H1").status()).isEqualTo(404);
        assertThat(analyst.get("/api/identity/duplicates/NOPE").status()).isEqualTo(404);
        assertThat(dtc.get("/api/identity/duplicates/N1").status()).isEqualTo(403);
    }

    @Test
    void confirm_undo_and_reject_are_reasoned_audited_and_remembered() {
        var noReason = analyst.post("/api/identity/same-as", Map.of("a", "N1", "b", "N8"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(analyst.post("/api/identity/same-as", Map.of("a", "N1", "b", "N1", "reason", "x")).status()).isEqualTo(400);
        assertThat(analyst.post("/api/identity/same-as", Map.of("a", "N1", "b", "H1", "reason", "x")).status()).isEqualTo(404);
        assertThat(analyst.post("/api/identity/same-as", "not json").status()).isEqualTo(400);

        var confirmed = analyst.post("/api/identity/same-as", Map.of("a", "N8", "b", "N1", "reason", "PNC check: one man"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().get("confirmedBy").asText()).isEqualTo("id-analyst");
        assertThat(TestGraph.count("MATCH (:Person {id: 'N1'})-[s:SAME_AS {reason: 'PNC check: one man'}]->(:Person {id: 'N8'}) RETURN count(s)", Map.of())).isEqualTo(1);
        assertThat(TestGraph.count("MATCH (p:Person) WHERE p.id IN ['N1', 'N8'] RETURN count(p)", Map.of())).isEqualTo(2); // never a merge
        assertThat(others(ok(analyst, "/api/identity/duplicates/N1"), "N1")).isEmpty();
        JsonNode net = ok(analyst, "/api/network?id=N1&hops=1&types=SAME_AS");
        assertThat(net.get("edges").get(0).get("explanation").asText()).isEqualTo("confirmed as the same person");

        assertThat(analyst.post("/api/identity/not-same-as", Map.of("a", "N1", "b", "N8", "reason", "no")).status()).isEqualTo(400);
        var undone = analyst.post("/api/identity/same-as/undo", Map.of("a", "N1", "b", "N8", "reason", "PNC was mistyped"));
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(analyst.post("/api/identity/same-as/undo", Map.of("a", "N1", "b", "N8", "reason", "again")).status()).isEqualTo(400);
        assertThat(others(ok(analyst, "/api/identity/duplicates/N1"), "N1")).containsExactly("N8");

        var rejected = analyst.post("/api/identity/not-same-as", Map.of("a", "N1", "b", "N8", "reason", "different fathers named"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(201);
        assertThat(others(ok(analyst, "/api/identity/duplicates/N1"), "N1")).isEmpty();
        List<Map<String, Object>> audit = TestGraph.graph().read(tx -> tx.run("""
                MATCH (r:AuditRecord {user: 'id-analyst', event: 'CHANGE'}) RETURN r.outcome AS outcome, r.detail AS detail,
                r.purpose AS purpose ORDER BY r.seq""").list(x -> x.asMap()));
        assertThat(audit.toString()).contains("SAME_AS_CONFIRMED", "SAME_AS_REMOVED", "SAME_AS_REJECTED", "PNC was mistyped");
        // confirming after a rejection replaces it
        assertThat(analyst.post("/api/identity/same-as", Map.of("a", "N1", "b", "N8", "reason", "new evidence")).status()).isEqualTo(201);
        assertThat(TestGraph.count("MATCH (:Person {id: 'N1'})-[r:NOT_SAME_AS]-(:Person {id: 'N8'}) RETURN count(r)", Map.of())).isZero();
        assertThat(analyst.post("/api/identity/same-as/undo", Map.of("a", "N1", "b", "N8", "reason", "tidy")).status()).isEqualTo(200);
        TestGraph.graph().write(tx -> tx.run("MATCH (:Person {id: 'N1'})-[r:NOT_SAME_AS|SAME_AS]-(:Person {id: 'N8'}) DELETE r").consume());
    }

    @Test
    void a_whole_graph_scan_reports_progress_and_finds_the_pair_comparing_few_pairs() throws Exception {
        var started = analyst.post("/api/identity/scans", Map.of());
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asText();
        JsonNode view = null;
        for (int i = 0; i < 600; i++) {
            view = ok(analyst, "/api/identity/scans/" + id);
            if (!view.get("status").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(view.get("status").asText()).isEqualTo("DONE");
        long records = view.get("records").asLong();
        assertThat(records).isEqualTo(39); // the analyst's visible nominals: not H1 (SECRET), not H2 (Lancashire)
        assertThat(view.get("comparedPairs").asLong()).isPositive().isLessThanOrEqualTo(50 * records);
        List<String> pairs = new ArrayList<>();
        view.get("candidates").forEach(c -> pairs.add(c.get("first").get("id").asText() + "-" + c.get("second").get("id").asText()));
        assertThat(pairs).contains("N1-N8");
        assertThat(secretAnalyst.get("/api/identity/scans/" + id).status()).isEqualTo(404); // only its owner reads a scan
        assertThat(analyst.get("/api/identity/scans/not-a-scan").status()).isEqualTo(404);
    }

    @Test
    void children_living_with_an_rso_barred_from_living_with_children_come_first() {
        JsonNode page = ok(analyst, "/api/safeguarding/children-at-risk?area=cumbria");
        List<String> children = new ArrayList<>();
        page.get("items").forEach(i -> children.add(i.get("child").get("id").asText()));
        assertThat(children).containsExactly("C1");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("nominal").get("id").asText()).isEqualTo("N1");
        assertThat(first.get("current").asBoolean()).isTrue();
        assertThat(first.get("reasons").toString()).contains("not to live with a child", "registered sex offender");
        assertThat(ok(dtc, "/api/safeguarding/children-at-risk").get("total").asInt()).isZero(); // the child is on no invited case
        assertThat(analyst.get("/api/safeguarding/children-at-risk?limit=0").status()).isEqualTo(400);
        assertThat(analyst.get("/api/safeguarding/children-at-risk?area=%27x").status()).isEqualTo(400);
    }
}
