package uk.vigil.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/** The search API over fixtures/search.cypher: what it finds, how it ranks and explains, what it hides. */
class SearchApiIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient vlo;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("search.cypher");
        TestUsers.create(new TestUsers.Spec("search-analyst", "cumbria-police", List.of("cumbria"), List.of("ANALYST"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("search-vlo", "cumbria-probation", List.of("cumbria"),
                List.of("VICTIM_LIAISON_OFFICER"), "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("search-dtc", "cumbria-childrens-services", List.of("cumbria"),
                List.of("DTC_MEMBER"), "OFFICIAL_SENSITIVE", "OF-DTC"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "search-analyst");
        vlo = TestUsers.signIn(server.port(), "search-vlo");
        dtc = TestUsers.signIn(server.port(), "search-dtc");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static JsonNode search(AuthClient client, String q, String... extra) {
        String url = "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (extra.length > 0 ? "&" + String.join("&", extra) : "");
        var response = client.get(url);
        assertThat(response.status()).as(url + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    static JsonNode item(JsonNode result, String id) {
        for (JsonNode i : result.get("items")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not in " + ids(result));
    }

    static List<String> why(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.get("matches").forEach(m -> out.add(m.get("text").asText()));
        return out;
    }

    @Test
    void a_nickname_finds_the_full_name_and_says_so() {
        JsonNode r = search(analyst, "Bill Smith");
        assertThat(ids(r).get(0)).isEqualTo("N1");
        JsonNode w = item(r, "N1");
        assertThat(w.get("tier").asText()).isEqualTo("NICKNAME");
        assertThat(why(w)).contains("forename, nickname: bill~William", "surname, exact: Smith");
    }

    @Test
    void a_sound_alike_surname_is_a_phonetic_match() {
        JsonNode r = search(analyst, "Steven Thompson");
        assertThat(ids(r).get(0)).isEqualTo("N3");
        assertThat(item(r, "N3").get("tier").asText()).isEqualTo("PHONETIC");
        assertThat(why(item(r, "N3"))).contains("forename, phonetic: steven~Stephen");
        // Double Metaphone hears Thomson (TMSN) and Thompson (TMPSN) apart: one edit finds it instead
        JsonNode thomson = search(analyst, "Stephen Thomson");
        assertThat(ids(thomson).get(0)).isEqualTo("N3");
        assertThat(why(item(thomson, "N3"))).contains("surname, spelling: thomson~Thompson");
        assertThat(ids(search(analyst, "Muhammad Khan")).get(0)).isEqualTo("N2");
    }

    @Test
    void typing_slips_are_fuzzy_matches() {
        JsonNode r = search(analyst, "Wiliam Snith");
        assertThat(ids(r)).startsWith("N1");
        assertThat(item(r, "N1").get("tier").asText()).isEqualTo("FUZZY");
    }

    @Test
    void an_alias_finds_the_person_holding_it() {
        JsonNode r = search(analyst, "Billy Smyth");
        assertThat(ids(r).get(0)).isEqualTo("N1");
        assertThat(why(item(r, "N1"))).contains("alias surname, exact: Smyth");
    }

    @Test
    void an_exact_name_comes_before_its_variants() {
        assertThat(ids(search(analyst, "Jon Smith"))).startsWith("N5", "N4");
        assertThat(ids(search(analyst, "John Smith"))).startsWith("N4", "N5");
        assertThat(item(search(analyst, "John Smith"), "N4").get("tier").asText()).isEqualTo("EXACT");
    }

    @Test
    void diacritics_and_apostrophes_do_not_matter() {
        assertThat(ids(search(analyst, "Wojciech Wisniewski"))).containsExactly("N6");
        assertThat(ids(search(analyst, "kim obrien"))).containsExactly("P9");
        assertThat(ids(search(analyst, "Kim O’Brien"))).containsExactly("P9");
    }

    @Test
    void a_date_of_birth_alone_or_with_day_and_month_swapped() {
        assertThat(ids(search(analyst, "12/03/1985"))).containsExactly("N1");
        JsonNode swapped = search(analyst, "03/12/1985");
        assertThat(ids(swapped)).containsExactly("N1");
        assertThat(why(item(swapped, "N1")).get(0)).contains("day and month swapped");
        assertThat(ids(search(analyst, "Smith 03/12/1985"))).startsWith("N1");
    }

    @Test
    void identifiers_in_any_common_form() {
        for (String q : List.of("01/123456A", "2001/0123456A", "20010123456a", "x123456", "123456/01X", "12345601X",
                "a1234bc", "VIS-00012345")) {
            JsonNode r = search(analyst, q);
            assertThat(ids(r)).as(q).startsWith("N1");
            assertThat(item(r, "N1").get("tier").asText()).as(q).isEqualTo("IDENTIFIER");
        }
    }

    @Test
    void partial_and_misread_plates() {
        JsonNode partial = search(analyst, "KX6?");
        assertThat(ids(partial)).as(partial.toString()).contains("VE1", "VE2");
        assertThat(item(partial, "VE1").get("tier").asText()).isEqualTo("PARTIAL");
        assertThat(item(partial, "VE1").get("people").get(0).get("id").asText()).isEqualTo("N1");
        assertThat(ids(search(analyst, "KX61 ABC")).get(0)).isEqualTo("VE1");
        assertThat(item(search(analyst, "kx61abc"), "VE1").get("tier").asText()).isEqualTo("EXACT");
        JsonNode misread = search(analyst, "B051 XYZ");
        assertThat(ids(misread).get(0)).isEqualTo("VE3");
        assertThat(why(item(misread, "VE3")).get(0)).contains("misread");
        assertThat(ids(search(analyst, "KX6? silver focus")).get(0)).isEqualTo("VE1");
        // Ms Silver's name explains "silver" but not the plate: the vehicles come first
        List<String> silver = ids(search(analyst, "KX6? silver"));
        assertThat(silver).startsWith("VE1", "VE2");
        assertThat(item(search(analyst, "KX6? silver"), "P10").get("tier").asText()).isEqualTo("PARTIAL");
        assertThat(ids(search(analyst, "X6?A"))).contains("VE1", "VE2");
        assertThat(ids(search(analyst, "61A?C"))).contains("VE1").doesNotContain("VE2");
    }

    @Test
    void phone_numbers_however_written() {
        for (String q : List.of("07700 900123", "+44 7700 900123", "+44 (0)7700 900123", "0044 7700900123", "900123")) {
            assertThat(ids(search(analyst, q))).as(q).startsWith("D1");
        }
        assertThat(item(search(analyst, "+447700900123"), "D1").get("tier").asText()).isEqualTo("EXACT");
        assertThat(ids(search(analyst, "353288110123458"))).startsWith("D1");
    }

    @Test
    void postcodes_full_compact_or_district() {
        assertThat(ids(search(analyst, "CA1 1AB"))).startsWith("AD1");
        assertThat(ids(search(analyst, "ca11ab"))).startsWith("AD1");
        assertThat(item(search(analyst, "CA1"), "AD1").get("tier").asText()).isEqualTo("PARTIAL");
        assertThat(ids(search(analyst, "12 Warwick Road"))).startsWith("AD1");
    }

    @Test
    void descriptions_condition_wording_and_intelligence() {
        JsonNode r = search(analyst, "snake tattoo");
        assertThat(ids(r)).contains("N1", "I1").doesNotContain("I2");
        assertThat(ids(r)).doesNotContain("P9"); // every word must be there: P9's tattoo is a rose
        JsonNode named = search(analyst, "Smith snake");
        assertThat(ids(named).get(0)).isEqualTo("N1"); // the name and the description together
        assertThat(why(item(named, "N1"))).contains("surname, exact: Smith").anyMatch(w -> w.startsWith("description mentions snake"));
        assertThat(why(item(r, "N1")).get(0)).startsWith("description mentions");
        assertThat(ids(search(analyst, "internet"))).contains("N1");
        assertThat(ids(search(analyst, "billy.smith85@example.com"))).startsWith("AC1");
    }

    @Test
    void nothing_outside_the_viewers_scope_is_found_or_counted() {
        JsonNode r = search(analyst, "William Smith");
        assertThat(ids(r)).contains("N1").doesNotContain("N7", "N8", "N9");
        JsonNode facets = r.get("facets");
        assertThat(facets.get("area").has("lancashire")).isFalse();
        assertThat(facets.get("type").get("PERSON").asLong()).isEqualTo(r.get("items").size());
        assertThat(ids(search(analyst, "Smithers"))).isEmpty();
        assertThat(ids(search(analyst, "Smithson"))).isEmpty();
    }

    @Test
    void a_victim_is_found_only_by_those_who_may_know_them() {
        assertThat(ids(search(analyst, "Jane Doe"))).isEmpty(); // nor N1 through the condition naming her
        assertThat(ids(search(analyst, "Rose Lane"))).doesNotContain("AD9", "V1"); // P9's rose tattoo may show
        assertThat(ids(search(analyst, "07700 955555"))).isEmpty();
        assertThat(ids(search(analyst, "CA2 4QQ"))).isEmpty();
        JsonNode r = search(vlo, "Jane Doe");
        assertThat(ids(r)).contains("V1", "N1");
        assertThat(item(r, "V1").get("roles").toString()).contains("VICTIM");
        assertThat(ids(search(vlo, "7 Rose Lane"))).startsWith("AD9");
    }

    @Test
    void a_duty_to_cooperate_member_finds_only_invited_cases() {
        assertThat(ids(search(dtc, "Smith"))).isEmpty();
        assertThat(ids(search(dtc, "Stephen Thompson"))).containsExactly("N3");
        assertThat(ids(search(dtc, "KX6?"))).containsExactly("VE2");
        assertThat(ids(search(dtc, "snake tattoo"))).isEmpty();
        assertThat(ids(search(dtc, "Seen driving"))).isEmpty();
        JsonNode probe = search(dtc, "*:* OR surname:Smith");
        assertThat(probe.get("total").asLong()).isZero();
        // the victim protected by N1's condition: her name, street, postcode and phone reach nothing
        for (String q : List.of("Jane Doe", "7 Rose Lane", "CA2 4QQ", "CA2", "07700 955555", "Rose*", "Not to contact")) {
            JsonNode r = search(dtc, q);
            assertThat(r.get("total").asLong()).as(q).isZero();
            assertThat(r.get("facets").toString()).as(q).doesNotContain("\"1\"", "cumbria");
        }
        long audited = TestGraph.count("""
                MATCH (r:AuditRecord {user: 'search-dtc', event: 'SEARCH'}) RETURN count(r)""", Map.of());
        assertThat(audited).as("every attempt audited").isEqualTo(13);
    }

    @Test
    void filters_and_facets() {
        JsonNode all = search(analyst, "Smith");
        assertThat(all.get("facets").get("category").get("1").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(ids(search(analyst, "Smith", "level=2"))).containsExactly("N1");
        assertThat(ids(search(analyst, "Smith", "ageMin=50"))).containsExactly("N4");
        assertThat(ids(search(analyst, "Smith", "type=VEHICLE"))).isEmpty();
        assertThat(ids(search(analyst, "snake", "type=INTELLIGENCE"))).containsExactly("I1");
        assertThat(ids(search(analyst, "snake", "from=2025-06-01"))).isEmpty();
        JsonNode page = search(analyst, "Smith", "size=1", "page=1");
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isEqualTo(all.get("total").asLong());
    }

    @Test
    void typeahead_treats_the_last_word_as_a_prefix() {
        JsonNode r = search(analyst, "william smi", "mode=typeahead", "size=6");
        assertThat(ids(r)).startsWith("N1");
        assertThat(r.get("facets").size()).isZero();
    }

    @Test
    void bad_queries_get_a_clear_400_and_syntax_is_searched_as_text() {
        for (String q : List.of("", " ", "*", "??", "!!!", "a", "/.*/", "x".repeat(201))) {
            var response = analyst.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(response.status()).as("[" + q + "]").isEqualTo(400);
            assertThat(response.json().get("error").asText()).as(q).isNotBlank();
        }
        for (String q : List.of("surname:Smith", "Smith AND (", "smi*", "/sm.*/", "name:[a TO z]", "Smith~0.1^100",
                "\\\"; MATCH (n) DETACH DELETE n //", "Мухаммед", "محمد خان", "𝕊𝕞𝕚𝕥𝕙", "OR OR AND")) {
            var response = analyst.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(response.status()).as(q + " " + response.body()).isEqualTo(200);
        }
        assertThat(search(analyst, "Мухаммед").get("notices").toString()).contains("read as \u201cMukhammed\u201d");
        JsonNode cyrillic = search(analyst, "Мухаммед Хан");
        assertThat(ids(cyrillic)).as("romanised by BGN/PCGN, then matched by spelling").startsWith("N2");
        assertThat(search(analyst, "محمد خان").get("notices").toString()).contains("short vowels");
        for (String bad : List.of("type=FOO", "size=500", "category=7", "rosh=EXTREME", "ageMin=9&ageMax=5",
                "from=yesterday", "mode=fast", "area=Cumbria%27")) {
            assertThat(analyst.get("/api/search?q=Smith&" + bad).status()).as(bad).isEqualTo(400);
        }
        assertThat(TestGraph.count("MATCH (n:Nominal) RETURN count(n)", Map.of())).isEqualTo(9);
    }

    @Test
    void searches_and_selections_are_audited() {
        JsonNode r = search(analyst, "Bill Smith");
        String searchId = r.get("searchId").asText();
        var selected = analyst.send("POST", "/api/search/selections",
                Map.of("searchId", searchId, "type", "PERSON", "id", "N1", "rank", 0),
                Map.of("X-CSRF-Token", analyst.csrfToken()));
        assertThat(selected.status()).isEqualTo(204);
        List<Map<String, Object>> records = TestGraph.graph().read(tx -> tx.run("""
                MATCH (r:AuditRecord {user: 'search-analyst'}) WHERE r.event IN ['SEARCH', 'SEARCH_SELECT']
                  AND r.detail CONTAINS $id
                OPTIONAL MATCH (r)-[:TOUCHED]->(o:AuditObject)
                WITH r.seq AS seq, r.event AS event, r.detail AS detail, collect(o.id) AS objects
                RETURN event, detail, objects ORDER BY seq""",
                Map.of("id", searchId)).list(x -> x.asMap()));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("event")).isEqualTo("SEARCH");
        assertThat(records.get(0).get("detail").toString()).contains("Bill Smith");
        assertThat(records.get(0).get("objects").toString()).contains("N1");
        assertThat(records.get(1).get("event")).isEqualTo("SEARCH_SELECT");
        assertThat(analyst.send("POST", "/api/search/selections", Map.of("searchId", "x"),
                Map.of("X-CSRF-Token", analyst.csrfToken())).status()).isEqualTo(400);
    }
}
