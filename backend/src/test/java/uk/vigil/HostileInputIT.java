package uk.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * A corpus of hostile Cypher, Lucene and plain junk through every text parameter of every read
 * route: each answer is a 4xx or a safe result, never a 500, and the graph is untouched.
 */
class HostileInputIT {
    static final List<String> CORPUS = List.of(
            "' OR 1=1 //", "\" OR \"\"=\"", "x') DETACH DELETE n //", "}) MATCH (n) DETACH DELETE n //",
            "MATCH (n) RETURN n", "CALL db.labels()", "$viewer", "{{person-visible p}}", "__x", "`", "\\",
            "*", "*:*", "surname:*", "a~2", "/.*/", "\"quoted phrase\"", "+a -b", "(a OR b)", "[* TO *]", "?",
            "<script>alert(1)</script>", "../../etc/passwd", "%00", "%", "😀", "Мухаммед", "محمد", "null", "-1",
            "999999999999999", "1e309", "NaN", " ", "", "a".repeat(4000));

    private static Server server;
    private static AuthClient analyst;
    private static AuthClient auditor;
    private static long nodesBefore;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("nominals.cypher");
        TestUsers.create(new TestUsers.Spec("hostile-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "SECRET", null));
        TestUsers.create(new TestUsers.Spec("hostile-auditor", "cumbria-police", List.of("cumbria"), List.of("AUDITOR"),
                "SECRET", null));
        nodesBefore = TestGraph.count("MATCH (n) WHERE NOT n:AuditRecord AND NOT n:AuditObject AND NOT n:AuditChain RETURN count(n)", Map.of());
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "hostile-analyst");
        auditor = TestUsers.signIn(server.port(), "hostile-auditor");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void hostile_text_in_any_parameter_gets_a_4xx_or_a_safe_answer_never_a_500() {
        Map<String, List<String>> routes = Map.ofEntries(
                Map.entry("/api/nominals?area=cumbria&", List.of("area", "category", "level", "rosh", "name", "sort", "dir", "page", "size")),
                Map.entry("/api/meetings?", List.of("area")),
                Map.entry("/api/search?q=Smith&", List.of("type", "area", "category", "level", "rosh", "ageMin", "ageMax", "from", "to",
                        "mode", "page", "size")),
                Map.entry("/api/search?", List.of("q")),
                Map.entry("/api/conflicts?area=cumbria&", List.of("area", "status", "rule", "sinceDays", "page", "size")),
                Map.entry("/api/network?id=N1&", List.of("id", "kind", "hops", "types", "at", "from", "to", "cap")),
                Map.entry("/api/network/paths?ids=N1,N2&", List.of("ids", "k", "maxHops", "types", "at", "from", "to", "hubDegree")),
                Map.entry("/api/network/hidden-associations/N1?", List.of("limit")),
                Map.entry("/api/safeguarding/children-at-risk?", List.of("area", "limit")),
                Map.entry("/api/meetings/MT1/pack?", List.of("case")),
                Map.entry("/api/statistics?year=2014&", List.of("area")),
                Map.entry("/api/statistics?area=cumbria&", List.of("year")));
        List<String> failures = new ArrayList<>();
        routes.forEach((route, params) -> {
            for (String param : params) {
                for (String value : CORPUS) {
                    check(analyst, route + param + "=" + enc(value), Map.of(), failures);
                }
            }
        });
        for (String param : List.of("object", "user", "event", "from", "to", "page", "size")) {
            for (String value : CORPUS) {
                check(auditor, "/api/audit?" + param + "=" + enc(value), Map.of(), failures);
            }
        }
        for (String value : CORPUS) {
            if (!value.isEmpty()) {
                check(analyst, "/api/nominals/" + enc(value).replace("+", "%20"), Map.of("X-Vigil-Purpose", "hostile input test"), failures);
                check(analyst, "/api/network/hidden-associations/" + enc(value).replace("+", "%20"), Map.of(), failures);
                check(analyst, "/api/identity/duplicates/" + enc(value).replace("+", "%20"), Map.of(), failures);
                check(analyst, "/api/identity/scans/" + enc(value).replace("+", "%20"), Map.of(), failures);
                check(analyst, "/api/conflicts/" + enc(value).replace("+", "%20"), Map.of(), failures);
                check(analyst, "/api/conflicts/scans/" + enc(value).replace("+", "%20"), Map.of(), failures);
                check(analyst, "/api/meetings/" + enc(value).replace("+", "%20"), Map.of(), failures);
                check(analyst, "/api/meetings/" + enc(value).replace("+", "%20") + "/pack", Map.of(), failures);
            }
            if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) { // what HTTP allows in a header
                check(analyst, "/api/nominals/N1", Map.of("X-Vigil-Purpose", value), failures);
            }
        }
        for (String value : CORPUS) {
            for (Map<String, Object> body : List.<Map<String, Object>>of(
                    Map.of("nominal", value, "postcode", value, "lat", 54.9, "lng", -2.9),
                    Map.of("nominal", "N1", "addressId", value))) {
                AuthClient.Response r = analyst.post("/api/vetting", body);
                if (r.status() >= 500) {
                    failures.add("POST /api/vetting " + body + " -> " + r.status());
                }
            }
        }
        // the suspect search takes a JSON body: every field gets every hostile value, as text and where it
        // fits as a number; the base offence is valid, so each answer is a 400/428 or a bounded result
        Map<String, Object> offence = new java.util.HashMap<>(Map.of("purpose", "CR/1/26", "lat", 54.89, "lng", -2.93,
                "from", "2025-06-10T21:00", "to", "2025-06-10T23:00", "suspectDescription", "spider tattoo"));
        for (String field : List.of("purpose", "lat", "lng", "addressId", "postcode", "radiusM", "from", "to", "offenceType",
                "suspectSex", "suspectAgeFrom", "suspectAgeTo", "suspectName", "suspectDescription", "method", "vehicle",
                "phone", "victimAge", "victimSex", "sort", "size", "includeRuledOut")) {
            for (Object value : hostileValues()) {
                Map<String, Object> body = new java.util.HashMap<>(offence);
                if (field.equals("addressId") || field.equals("postcode")) {
                    body.remove("lat");
                    body.remove("lng");
                }
                body.put(field, value);
                AuthClient.Response r = analyst.send("POST", "/api/suspects", body, Map.of("X-CSRF-Token", analyst.csrfToken()));
                if (r.status() >= 500) {
                    failures.add(r.status() + " POST /api/suspects " + field + "=" + String.valueOf(value).substring(0,
                            Math.min(40, String.valueOf(value).length())));
                } else if (r.status() >= 400) {
                    assertThat(r.body()).doesNotContain("Exception", "at uk.vigil", "org.neo4j", "Neo.ClientError", "MATCH (");
                }
            }
        }
        assertThat(failures).as("responses of 500 or more").isEmpty();
        long nodesAfter = TestGraph.count("MATCH (n) WHERE NOT n:AuditRecord AND NOT n:AuditObject AND NOT n:AuditChain RETURN count(n)", Map.of());
        assertThat(nodesAfter).isEqualTo(nodesBefore);
    }

    private static void check(AuthClient client, String path, Map<String, String> headers, List<String> failures) {
        AuthClient.Response r = client.send("GET", path, null, headers);
        if (r.status() >= 500) {
            failures.add(r.status() + " " + path.substring(0, Math.min(path.length(), 120)) + " " + headers);
        } else if (r.status() >= 400 && r.body() != null && !r.body().isEmpty()) {
            assertThat(r.body()).doesNotContain("Exception", "at uk.vigil", "org.neo4j", "Neo.ClientError", "MATCH (");
        }
    }

    private static List<Object> hostileValues() {
        List<Object> values = new ArrayList<>(CORPUS);
        values.addAll(List.of(-1, 0, Double.MAX_VALUE, Long.MAX_VALUE, -1e9, true, List.of("x"), Map.of("a", 1)));
        return values;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
