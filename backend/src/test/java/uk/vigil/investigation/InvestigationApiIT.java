package uk.vigil.investigation;

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
import uk.vigil.auth.AuthRoutes;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * Saved investigations over fixtures/network.cypher: shared with colleagues who may see every
 * included record (H1 is SECRET, H2 in Lancashire), and for anyone else the same 404 as an unknown
 * id; optimistic locking, soft delete and restore, the audit trail, and bad input.
 */
class InvestigationApiIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient colleague;
    private static AuthClient secretAnalyst;
    private static AuthClient lancashire;
    private static AuthClient chair;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("network.cypher");
        TestUsers.create(new TestUsers.Spec("inv-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("inv-colleague", "cumbria-police", List.of("cumbria"), List.of("POLICE_PRACTITIONER"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("inv-secret", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "SECRET", null));
        TestUsers.create(new TestUsers.Spec("inv-lancs", "cumbria-police", List.of("lancashire"), List.of("ANALYST"),
                "SECRET", null));
        TestUsers.create(new TestUsers.Spec("inv-chair", "cumbria-police", List.of("cumbria"), List.of("MAPPA_CHAIR"),
                "SECRET", null));
        TestUsers.create(new TestUsers.Spec("inv-dtc", "cumbria-childrens-services", List.of("cumbria"),
                List.of("DTC_MEMBER"), "OFFICIAL_SENSITIVE", "OF-NET-DTC"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "inv-analyst");
        colleague = TestUsers.signIn(server.port(), "inv-colleague");
        secretAnalyst = TestUsers.signIn(server.port(), "inv-secret");
        lancashire = TestUsers.signIn(server.port(), "inv-lancs");
        chair = TestUsers.signIn(server.port(), "inv-chair");
        dtc = TestUsers.signIn(server.port(), "inv-dtc");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Map<String, Object> record(String kind, String id) {
        return Map.of("kind", kind, "id", id);
    }

    static Map<String, Object> state(List<Map<String, Object>> records) {
        return Map.of("root", records.get(0), "hops", 2, "types", List.of("LIVES_AT", "USES_DEVICE"),
                "window", Map.of("from", "2019-01-01"), "records", records, "expanded", List.of(records.get(records.size() - 1)),
                "pinned", List.of(Map.of("key", records.get(0).get("kind") + ":" + records.get(0).get("id"), "x", 10.5, "y", -3)),
                "selected", List.of(records.get(0).get("kind") + ":" + records.get(0).get("id")));
    }

    static JsonNode create(AuthClient client, String name, List<Map<String, Object>> records) {
        var r = client.post("/api/investigations", Map.of("name", name, "description", "why we look",
                "chart", Map.of("name", "first chart", "state", state(records))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static AuthClient.Response put(AuthClient client, String path, Object body) {
        return client.send("PUT", path, body, Map.of(AuthRoutes.CSRF_HEADER, client.csrfToken()));
    }

    static List<String> listed(AuthClient client) {
        var r = client.get("/api/investigations?size=100");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    static List<String> audited(String user, String event, String investigation) {
        return TestGraph.graph().read(tx -> tx.run("""
                MATCH (a:AuditRecord {user: $user, event: $event})-[:TOUCHED]->(:AuditObject {type: 'INVESTIGATION', id: $id})
                RETURN a.outcome AS outcome""", Map.of("user", user, "event", event, "id", investigation))
                .list(r -> r.get("outcome").asString()));
    }

    @Test
    void created_with_a_chart_it_is_listed_and_opened_by_a_colleague_who_may_see_every_record() {
        JsonNode inv = create(analyst, "Ash phone ring", List.of(record("PERSON", "N1"), record("DEVICE", "D1"), record("PERSON", "N2")));
        String id = inv.get("id").asText();
        assertThat(inv.get("version").asLong()).isEqualTo(2); // created, then its first chart
        assertThat(inv.get("createdBy").asText()).isEqualTo("inv-analyst");
        assertThat(inv.get("records").toString()).contains("N1", "D1", "N2");
        JsonNode chart = inv.get("charts").get(0);
        assertThat(chart.get("name").asText()).isEqualTo("first chart");
        assertThat(chart.get("state").get("root").get("id").asText()).isEqualTo("N1");
        assertThat(chart.get("state").get("hops").asInt()).isEqualTo(2);
        assertThat(chart.get("state").get("pinned").get(0).get("x").asDouble()).isEqualTo(10.5);
        assertThat(chart.get("state").get("window").get("from").asText()).isEqualTo("2019-01-01");

        assertThat(listed(colleague)).contains(id);
        var opened = colleague.get("/api/investigations/" + id);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().get("name").asText()).isEqualTo("Ash phone ring");
        assertThat(opened.json().get("mayDelete").asBoolean()).isFalse();
        assertThat(audited("inv-colleague", "INVESTIGATION_OPEN", id)).containsExactly("OK");
        assertThat(audited("inv-analyst", "INVESTIGATION_CREATE", id)).containsExactly("OK");
        assertThat(dtc.get("/api/investigations").status()).isEqualTo(403);
    }

    @Test
    void the_newest_comes_first_and_pages_count_only_what_the_viewer_may_see() {
        String older = create(analyst, "Older", List.of(record("PERSON", "N3"))).get("id").asText();
        String newer = create(analyst, "Newer", List.of(record("PERSON", "N4"))).get("id").asText();
        create(secretAnalyst, "Secret one", List.of(record("PERSON", "H1")));
        List<String> ids = listed(analyst);
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        JsonNode page = analyst.get("/api/investigations?size=1&page=1").json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asInt()).isEqualTo(ids.size());
        assertThat(page.get("totalExact").asBoolean()).isTrue();
        assertThat(analyst.get("/api/investigations").body()).doesNotContain("Secret one");

        // Every page in turn gives each visible investigation once, in the same order as one big page.
        List<String> paged = new ArrayList<>();
        for (int p = 1; p <= ids.size() + 1; p++) {
            JsonNode one = analyst.get("/api/investigations?size=2&page=" + p).json();
            assertThat(one.get("total").asInt()).isEqualTo(ids.size());
            one.get("items").forEach(i -> paged.add(i.get("id").asText()));
        }
        assertThat(paged).containsExactlyElementsOf(ids);

        // Newest *updated* first: renaming the older one brings it to the top.
        long version = analyst.get("/api/investigations/" + older).json().get("version").asLong();
        assertThat(put(analyst, "/api/investigations/" + older, Map.of("name", "Older, renamed", "version", version)).status())
                .isEqualTo(200);
        assertThat(listed(analyst).get(0)).isEqualTo(older);
    }

    @Test
    void the_text_filter_finds_name_or_description_and_never_counts_a_hidden_investigation() {
        String ring = analyst.post("/api/investigations", Map.of("name", "Quillfeather ring", "description", "Two phones at Botchergate"))
                .json().get("id").asText();
        analyst.post("/api/investigations/" + ring + "/charts", Map.of("name", "c", "state", state(List.of(record("PERSON", "N5")))));
        String other = create(colleague, "Harbour thefts", List.of(record("PERSON", "N6"))).get("id").asText();
        // Hidden from the analyst (H1 is SECRET), with the same word in its name.
        String hidden = create(secretAnalyst, "Quillfeather secret", List.of(record("PERSON", "H1"))).get("id").asText();

        JsonNode byName = analyst.get("/api/investigations?q=QUILLFEATHER").json();
        assertThat(ids(byName)).containsExactly(ring);
        assertThat(byName.get("total").asInt()).isEqualTo(1);
        assertThat(byName.get("totalExact").asBoolean()).isTrue();
        assertThat(ids(analyst.get("/api/investigations?q=botcherGATE").json())).containsExactly(ring); // description
        assertThat(ids(analyst.get("/api/investigations?q=%20harbour%20").json())).containsExactly(other);
        // A short text is a filter on the ordered read rather than the text index: the same answer.
        assertThat(ids(analyst.get("/api/investigations?q=qu&size=100").json())).contains(ring).doesNotContain(hidden, other);
        // The one who may see H1 finds both.
        assertThat(ids(secretAnalyst.get("/api/investigations?q=quillfeather").json())).containsExactlyInAnyOrder(ring, hidden);
        JsonNode none = lancashire.get("/api/investigations?q=quillfeather").json();
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("items")).isEmpty();
        // User text is only ever a parameter: Cypher or Lucene syntax is looked for as it is.
        JsonNode odd = analyst.get("/api/investigations?q=" + java.net.URLEncoder.encode("ring' OR 1=1 //", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(odd.get("total").asInt()).isZero();
        assertThat(analyst.get("/api/investigations?q=*").json().get("total").asInt()).isZero();
    }

    @Test
    void mine_only_lists_the_viewers_own_and_still_applies_the_access_rule() {
        String mine = create(colleague, "Colleague's own", List.of(record("PERSON", "N2"))).get("id").asText();
        String theirs = create(analyst, "Analyst's for mine", List.of(record("PERSON", "N8"))).get("id").asText();
        JsonNode own = colleague.get("/api/investigations?mine=true&size=100").json();
        assertThat(ids(own)).contains(mine).doesNotContain(theirs);
        own.get("items").forEach(i -> assertThat(i.get("createdBy").asText()).isEqualTo("inv-colleague"));
        assertThat(own.get("total").asInt()).isEqualTo(own.get("items").size());
        assertThat(ids(colleague.get("/api/investigations?size=100").json())).contains(mine, theirs);
        assertThat(ids(colleague.get("/api/investigations?mine=true&q=own").json())).containsExactly(mine);
        // The secret analyst's own investigation that includes H1 is listed for them...
        String secretOwn = create(secretAnalyst, "Secret analyst's own", List.of(record("PERSON", "H1"))).get("id").asText();
        assertThat(ids(secretAnalyst.get("/api/investigations?mine=true&size=100").json())).contains(secretOwn);
        // ...and "mine" never lists someone else's, whoever asks.
        assertThat(ids(chair.get("/api/investigations?mine=true&size=100").json())).doesNotContain(secretOwn, mine);
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void someone_who_cannot_see_an_included_record_gets_the_same_404_as_for_an_unknown_id() {
        String id = create(secretAnalyst, "With the secret one", List.of(record("PERSON", "N1"), record("PERSON", "H1")))
                .get("id").asText();
        assertThat(listed(secretAnalyst)).contains(id);
        assertThat(listed(chair)).contains(id);
        assertThat(listed(analyst)).doesNotContain(id); // H1 is SECRET
        assertThat(listed(lancashire)).doesNotContain(id); // N1 and H1 are Cumbria's
        var hidden = analyst.get("/api/investigations/" + id);
        var unknown = analyst.get("/api/investigations/00000000-0000-0000-0000-000000000000");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.json().get("error").asText())
                .isEqualTo(unknown.json().get("error").asText().replace("00000000-0000-0000-0000-000000000000", id));
        assertThat(hidden.body()).doesNotContain("secret one", "H1");
        assertThat(put(analyst, "/api/investigations/" + id, Map.of("name", "x", "version", 2)).status()).isEqualTo(404);
        assertThat(analyst.post("/api/investigations/" + id + "/charts",
                Map.of("name", "c", "state", state(List.of(record("PERSON", "N1"))))).status()).isEqualTo(404);
        assertThat(analyst.delete("/api/investigations/" + id).status()).isEqualTo(404);
        assertThat(audited("inv-analyst", "PERMISSION_DENIED", id)).isNotEmpty();
        // a chart the saver cannot see into is refused: hidden and unknown records read alike
        var r = analyst.post("/api/investigations", Map.of("name", "peek",
                "chart", Map.of("name", "c", "state", state(List.of(record("PERSON", "N1"), record("PERSON", "H2"))))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("The chart names records that were not found: PERSON:H2");
    }

    @Test
    void a_stale_version_is_refused_with_409_and_a_fresh_one_renames() {
        JsonNode inv = create(analyst, "To rename", List.of(record("PERSON", "N5")));
        String id = inv.get("id").asText();
        long version = inv.get("version").asLong();
        var renamed = put(colleague, "/api/investigations/" + id, Map.of("name", "Renamed", "description", "new words", "version", version));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(renamed.json().get("version").asLong()).isEqualTo(version + 1);
        var stale = put(analyst, "/api/investigations/" + id, Map.of("name", "Mine", "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).contains("changed this investigation meanwhile");
        assertThat(analyst.get("/api/investigations/" + id).json().get("name").asText()).isEqualTo("Renamed");
        assertThat(audited("inv-colleague", "INVESTIGATION_UPDATE", id)).containsExactly("OK");
    }

    @Test
    void charts_and_saved_searches_are_added_and_widen_what_the_investigation_includes() {
        JsonNode inv = create(secretAnalyst, "Growing", List.of(record("PERSON", "N6")));
        String id = inv.get("id").asText();
        assertThat(listed(analyst)).contains(id);
        var added = secretAnalyst.post("/api/investigations/" + id + "/charts",
                Map.of("name", "second", "state", state(List.of(record("PERSON", "N6"), record("PERSON", "H1")))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("charts")).hasSize(2);
        assertThat(listed(analyst)).doesNotContain(id); // now it includes H1
        var search = secretAnalyst.post("/api/investigations/" + id + "/searches",
                Map.of("kind", "suspect", "params", Map.of("crimeRef", "CR/1/24", "offenceType", "BURGLARY"), "purpose", "CR/1/24"));
        assertThat(search.status()).as(search.body()).isEqualTo(201);
        JsonNode saved = search.json().get("searches").get(0);
        assertThat(saved.get("kind").asText()).isEqualTo("SUSPECT");
        assertThat(saved.get("params").get("crimeRef").asText()).isEqualTo("CR/1/24");
        assertThat(secretAnalyst.post("/api/investigations/" + id + "/searches", Map.of("kind", "GUESS", "params", Map.of()))
                .status()).isEqualTo(400);
        assertThat(secretAnalyst.post("/api/investigations/" + id + "/searches", Map.of("kind", "SEARCH", "params", "q=ash"))
                .status()).isEqualTo(400);
    }

    @Test
    void soft_delete_and_restore_by_the_creator_or_a_chair_only_and_audited() {
        String id = create(analyst, "To delete", List.of(record("PERSON", "N8"))).get("id").asText();
        assertThat(colleague.delete("/api/investigations/" + id).status()).isEqualTo(403);
        var deleted = analyst.delete("/api/investigations/" + id);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("deletedAt").isNull()).isFalse();
        assertThat(listed(analyst)).doesNotContain(id);
        assertThat(listed(colleague)).doesNotContain(id);
        assertThat(colleague.get("/api/investigations/" + id).status()).isEqualTo(404);
        assertThat(analyst.get("/api/investigations/" + id).status()).isEqualTo(200); // its creator may still restore it
        assertThat(put(analyst, "/api/investigations/" + id, Map.of("name", "x", "version", 10)).status()).isEqualTo(409);
        var restored = chair.post("/api/investigations/" + id + "/restore", null);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("deletedAt").isNull()).isTrue();
        assertThat(listed(colleague)).contains(id);
        assertThat(audited("inv-analyst", "INVESTIGATION_DELETE", id)).containsExactly("OK");
        assertThat(audited("inv-chair", "INVESTIGATION_RESTORE", id)).containsExactly("OK");
        assertThat(audited("inv-colleague", "PERMISSION_DENIED", id)).isNotEmpty();
    }

    @Test
    void bad_input_is_a_clear_400() {
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "  ")))).isEqualTo("name is required");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "x".repeat(121)))))
                .isEqualTo("name is longer than 120 characters");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "description", "d".repeat(2001)))))
                .contains("description is longer");
        assertThat(error(analyst.post("/api/investigations", "not json"))).contains("JSON object");
        assertThat(error(analyst.post("/api/investigations", List.of(1, 2)))).contains("JSON object");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart", Map.of("name", "c", "state", "{}")))))
                .contains("state must be a JSON object");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart",
                Map.of("name", "c", "state", Map.of("hops", 2)))))).contains("state.root is required");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart",
                Map.of("name", "c", "state", Map.of("root", record("PERSON", "N1"), "hops", 9)))))).contains("state.hops");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart",
                Map.of("name", "c", "state", Map.of("root", record("OFFICER", "N1"))))))).contains("kind must be one of");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart",
                Map.of("name", "c", "state", Map.of("root", record("PERSON", "N1"), "types", List.of("KNOWS"))))))).contains("types");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart",
                Map.of("name", "c", "state", Map.of("root", record("PERSON", "N1"), "window", Map.of("at", "soon"))))))).contains("date");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart",
                Map.of("name", "c", "state", Map.of("root", record("PERSON", "N1"),
                        "pinned", List.of(Map.of("key", "PERSON:N2", "x", 1, "y", 1)))))))).contains("state.pinned");
        assertThat(error(analyst.post("/api/investigations", Map.of("name", "a", "chart",
                Map.of("name", "c", "state", state(List.of(record("PERSON", "NOPE")))))))).contains("not found: PERSON:NOPE");
        assertThat(error(analyst.get("/api/investigations?page=0"))).contains("page");
        assertThat(error(analyst.get("/api/investigations?size=101"))).isEqualTo("size must be a whole number from 1 to 100");
        assertThat(error(analyst.get("/api/investigations?mine=perhaps"))).isEqualTo("mine must be true or false");
        assertThat(error(analyst.get("/api/investigations?q=" + "x".repeat(101)))).isEqualTo("q is longer than 100 characters");
        String id = create(analyst, "Versioned", List.of(record("PERSON", "N9"))).get("id").asText();
        assertThat(error(put(analyst, "/api/investigations/" + id, Map.of("name", "b")))).contains("version is required");
        assertThat(analyst.get("/api/investigations/not%20an%20id").status()).isEqualTo(404);
    }

    static String error(AuthClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("error").asText();
    }
}
