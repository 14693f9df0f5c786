package uk.vigil.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
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

/** The suspect search over fixtures/suspects.cypher: who ranks, why, who is ruled out, what stays hidden, bad input. */
class SuspectApiIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("suspects.cypher");
        TestUsers.create(new TestUsers.Spec("suspect-analyst", "cumbria-police", List.of("cumbria"), List.of("POLICE_PRACTITIONER"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("suspect-dtc", "cumbria-childrens-services", List.of("cumbria"),
                List.of("DTC_MEMBER"), "OFFICIAL_SENSITIVE", null));
        // plan the queries first, so the first search is not timed against planning on a busy machine
        new SuspectService(TestGraph.graph(), null, java.time.Clock.systemUTC()).warmUp();
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "suspect-analyst");
        dtc = TestUsers.signIn(server.port(), "suspect-dtc");
        // one search first: on a busy test machine the first run of the scoped queries compiles them, which
        // can exceed the search's 30 s transaction timeout; later searches take milliseconds
        for (int attempt = 0; attempt < 3 && analyst.post("/api/suspects", offence()).status() != 200; attempt++) {
            Thread.onSpinWait();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Map<String, Object> offence() {
        Map<String, Object> b = new HashMap<>();
        b.put("purpose", "CR/2025/061001");
        b.put("lat", 54.8925);
        b.put("lng", -2.9329);
        b.put("radiusM", 2000);
        b.put("from", "2025-06-10T21:00");
        b.put("to", "2025-06-10T23:00");
        b.put("offenceType", "SEXUAL_ASSAULT");
        b.put("suspectSex", "M");
        b.put("suspectAgeFrom", 35);
        b.put("suspectAgeTo", 45);
        b.put("suspectDescription", "stocky, shaved head, spider web tattoo");
        b.put("method", "touched a lone woman on the bus");
        b.put("victimAge", 25);
        b.put("victimSex", "F");
        b.put("includeRuledOut", true);
        return b;
    }

    static JsonNode search(Map<String, Object> body) {
        var r = analyst.post("/api/suspects", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Test
    void the_offender_ranks_first_with_every_factor_explained() {
        JsonNode r = search(offence());
        JsonNode top = r.get("suspects").get(0);
        assertThat(top.get("id").asText()).isEqualTo("S1");
        assertThat(top.get("ageOnDay").asInt()).isEqualTo(40);
        JsonNode f = top.get("factors");
        assertThat(f.get("OPPORTUNITY").get("score").asDouble()).isGreaterThan(25);
        assertThat(f.get("OPPORTUNITY").get("reasons").get(0).asText()).startsWith("Home").contains("3 Fell View");
        assertThat(f.get("DESCRIPTION").get("reasons").toString()).contains("spider", "stocky", "Aged 40");
        assertThat(f.get("METHOD").get("reasons").toString()).contains("Convicted of sexual assault", "lone", "same sex");
        assertThat(f.get("AVAILABILITY").get("reasons").toString()).contains("curfew 19:00-07:00");
        assertThat(f.get("CONDITIONS").get("reasons").toString()).contains("Out during his curfew");
        assertThat(top.get("links").get(0).get("lat").asDouble()).isEqualTo(54.8952);
        assertThat(r.get("factors")).hasSize(SuspectFactor.values().length);
    }

    @Test
    void the_look_alike_in_custody_and_the_woman_are_ruled_out_with_why() {
        JsonNode r = search(offence());
        assertThat(ids(r.get("suspects"))).doesNotContain("S2", "S4");
        Map<String, String> why = new HashMap<>();
        r.get("ruledOut").forEach(x -> why.put(x.get("id").asText(), x.get("reasons").toString()));
        assertThat(why.get("S2")).contains("In custody (sentence, HMP Haverigg) from 2024-11-01 to 2026-02-01");
        assertThat(why.get("S4")).contains("Recorded as female");
        assertThat(r.get("ruledOutCount").asInt()).isEqualTo(2);
        Map<String, Object> quiet = offence();
        quiet.remove("includeRuledOut");
        JsonNode q = search(quiet);
        assertThat(q.get("ruledOut")).isEmpty();
        assertThat(q.get("ruledOutCount").asInt()).isEqualTo(2);
    }

    @Test
    void victims_and_people_the_viewer_may_not_see_are_never_candidates_nor_counted() {
        JsonNode r = search(offence());
        List<String> all = new ArrayList<>(ids(r.get("suspects")));
        all.addAll(ids(r.get("ruledOut")));
        assertThat(all).doesNotContain("V1", "SV1", "S5", "S6", "SP7");
        // S1, S2, S4 and S7 (via an associate's home): nobody else is counted
        assertThat(r.get("considered").asInt()).isEqualTo(4);
        assertThat(r.toString()).doesNotContain("Vicky", "Amy", "Hidden", "Secret", "Lancastrian", "Tom Friend");
    }

    @Test
    void an_associates_home_is_an_opportunity() {
        JsonNode r = search(offence());
        JsonNode s7 = null;
        for (JsonNode s : r.get("suspects")) {
            if (s.get("id").asText().equals("S7")) {
                s7 = s;
            }
        }
        assertThat(s7).isNotNull();
        assertThat(s7.get("factors").get("OPPORTUNITY").get("reasons").get(0).asText())
                .startsWith("Associate's home").contains("home of an associate (FRIEND)");
    }

    @Test
    void fragments_match_through_search_normalisation_and_rerank_by_factor() {
        Map<String, Object> b = offence();
        b.put("vehicle", "px1?ab");
        b.put("phone", "111 222");
        JsonNode r = search(b);
        assertThat(ids(r.get("suspects"))).contains("S8");
        JsonNode top = r.get("suspects").get(0);
        assertThat(top.get("factors").get("VEHICLE").get("reasons").get(0).asText()).contains("PX19 ABC", "Silver Ford Focus");
        b.put("sort", "PHONE");
        JsonNode byPhone = search(b);
        assertThat(byPhone.get("sort").asText()).isEqualTo("PHONE");
        assertThat(byPhone.get("suspects").get(0).get("id").asText()).isEqualTo("S8");
        assertThat(byPhone.get("suspects").get(0).get("factors").get("PHONE").get("reasons").get(0).asText())
                .contains("07700 111222");
    }

    /**
     * The two-step search against reading every candidate's details on the fixture: the offence with
     * and without fragments and a name, by total and by every factor, at sizes from one up.
     */
    @Test
    void the_two_step_search_answers_exactly_as_reading_every_candidates_details() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        uk.vigil.access.RecordAccess access = new uk.vigil.access.RecordAccess(TestGraph.graph(), (v, e, o, out, p, d) -> { });
        uk.vigil.access.Viewer viewer = new uk.vigil.access.Viewer("suspect-analyst", "cumbria-police", "POLICE",
                java.util.Set.of("cumbria"), java.util.Set.of("POLICE_PRACTITIONER"), uk.vigil.access.Marking.OFFICIAL_SENSITIVE,
                null, "two-step", "127.0.0.1");
        TwoStepAgreement agree = new TwoStepAgreement(new SuspectService(TestGraph.graph(), access, clock),
                new SuspectService(TestGraph.graph(), access, clock, SuspectService.TIMEOUT, true), viewer);
        Map<String, Object> fragments = offence();
        fragments.put("vehicle", "px1?ab");
        fragments.put("phone", "111 222");
        fragments.put("suspectName", "Dean");
        Map<String, Object> child = offence();
        child.put("victimAge", 12);
        child.remove("suspectSex");
        for (Map<String, Object> b : List.of(offence(), fragments, child)) {
            agree.check(b, null, List.of(1, 2, 3, 5));
            for (uk.vigil.suspect.SuspectFactor f : uk.vigil.suspect.SuspectFactor.values()) {
                agree.check(b, f.name(), List.of(1, 3));
            }
        }
        System.out.println("two-step on the fixture: " + agree.summary());
        assertThat(agree.searches).isGreaterThanOrEqualTo(3 * (4 + 2 * 8));
        assertThat(agree.considered).isPositive();
    }

    /**
     * More candidates than the limit: the likeliest are kept (fragments, nearness, sex, age, description),
     * not the first found. A woman, when a man was described, goes first; the offender stays; a
     * matching phone counts for more than a weak link.
     */
    @Test
    void a_capped_search_keeps_the_likeliest_candidates() {
        uk.vigil.access.RecordAccess access = new uk.vigil.access.RecordAccess(TestGraph.graph(), (v, e, o, out, p, d) -> { });
        uk.vigil.access.Viewer viewer = new uk.vigil.access.Viewer("suspect-analyst", "cumbria-police", "POLICE",
                java.util.Set.of("cumbria"), java.util.Set.of("POLICE_PRACTITIONER"), uk.vigil.access.Marking.OFFICIAL_SENSITIVE,
                null, "capped", "127.0.0.1");
        SuspectResult three = new SuspectService(TestGraph.graph(), access, java.time.Clock.systemUTC(), SuspectService.TIMEOUT,
                true, 3).search(viewer, SuspectRequest.of(offence()));
        assertThat(three.capped()).isTrue();
        assertThat(three.considered()).isEqualTo(3);
        List<String> kept = new ArrayList<>(three.suspects().stream().map(SuspectResult.Suspect::id).toList());
        kept.addAll(three.ruledOut().stream().map(SuspectResult.RuledOut::id).toList());
        assertThat(kept).containsExactlyInAnyOrder("S1", "S2", "S7");
        assertThat(three.notices()).anySatisfy(n -> assertThat(n).contains("the 3 likeliest"));
        SuspectResult one = new SuspectService(TestGraph.graph(), access, java.time.Clock.systemUTC(), SuspectService.TIMEOUT,
                true, 1).search(viewer, SuspectRequest.of(offence()));
        assertThat(one.suspects()).extracting(SuspectResult.Suspect::id).containsExactly("S1");
        // a phone fragment (S8, far away) outweighs an associate's home nearby (S7) when no age is given
        Map<String, Object> phone = offence();
        phone.put("phone", "111 222");
        phone.remove("suspectAgeFrom");
        phone.remove("suspectAgeTo");
        SuspectResult byPhone = new SuspectService(TestGraph.graph(), access, java.time.Clock.systemUTC(), SuspectService.TIMEOUT,
                true, 3).search(viewer, SuspectRequest.of(phone));
        List<String> keptByPhone = new ArrayList<>(byPhone.suspects().stream().map(SuspectResult.Suspect::id).toList());
        keptByPhone.addAll(byPhone.ruledOut().stream().map(SuspectResult.RuledOut::id).toList());
        assertThat(keptByPhone).containsExactlyInAnyOrder("S1", "S2", "S8");
    }

    @Test
    void a_name_given_finds_the_namesake_far_away_but_he_ranks_below_the_offender() {
        Map<String, Object> b = offence();
        b.put("suspectName", "Dean");
        JsonNode r = search(b);
        List<String> ids = ids(r.get("suspects"));
        assertThat(ids.get(0)).isEqualTo("S1");
        assertThat(ids).contains("S3");
        assertThat(ids.indexOf("S3")).isGreaterThan(0);
    }

    @Test
    void the_place_may_be_an_address_or_a_postcode() {
        Map<String, Object> b = offence();
        b.remove("lat");
        b.remove("lng");
        b.put("addressId", "SA1");
        JsonNode r = search(b);
        assertThat(r.get("place").get("resolvedFrom").asText()).isEqualTo("address");
        assertThat(r.get("suspects").get(0).get("id").asText()).isEqualTo("S1");
        b.remove("addressId");
        b.put("postcode", "ca12xy");
        assertThat(search(b).get("place").get("resolvedFrom").asText()).isEqualTo("postcode");
        b.put("postcode", "ZZ9 9ZZ");
        assertThat(analyst.post("/api/suspects", b).status()).isEqualTo(400);
        b.remove("postcode");
        b.put("addressId", "SA5");   // hidden from this viewer (Lancashire): answered like an unknown id
        var hidden = analyst.post("/api/suspects", b);
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.body()).contains("No address with that id");
    }

    @Test
    void bad_input_gets_a_clear_400() {
        Map<String, String> expect = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        Map<String, Object> b;
        b = offence(); b.remove("lat"); b.remove("lng"); bodies.add(b); expect.put("0", "Say where the offence happened");
        b = offence(); b.put("from", "2025-06-11T01:00"); bodies.add(b); expect.put("1", "inverted");
        b = offence(); b.put("radiusM", 0); bodies.add(b); expect.put("2", "radiusM must be between 50 and 20000");
        b = offence(); b.put("radiusM", 1e9); bodies.add(b); expect.put("3", "radiusM must be between 50 and 20000");
        b = offence(); b.put("suspectDescription", "   "); bodies.add(b); expect.put("4", "no telling words");
        b = offence(); b.put("suspectDescription", "the man, aged about"); bodies.add(b); expect.put("5", "no telling words");
        b = offence(); b.put("to", "2025-07-10T23:00"); bodies.add(b); expect.put("6", "at most 14 days");
        b = offence(); b.put("offenceType", "PARKING"); bodies.add(b); expect.put("7", "offenceType must be one of");
        b = offence(); b.put("sort", "SHOE_SIZE"); bodies.add(b); expect.put("8", "sort must be TOTAL or one of");
        b = offence(); b.put("purpose", "because"); bodies.add(b); expect.put("9", "crime reference");
        b = offence(); b.put("lat", 40.0); bodies.add(b); expect.put("10", "United Kingdom");
        b = offence(); b.put("size", 100000); bodies.add(b); expect.put("11", "size must be a whole number from 1 to 100");
        b = offence(); b.put("from", "2099-01-01T00:00"); b.put("to", "2099-01-01T02:00"); bodies.add(b); expect.put("12", "future");
        b = offence(); b.put("cypher", "MATCH (n) DETACH DELETE n"); bodies.add(b); expect.put("13", "Unknown field cypher");
        for (int i = 0; i < bodies.size(); i++) {
            var r = analyst.post("/api/suspects", bodies.get(i));
            assertThat(r.status()).as(i + " " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(Integer.toString(i)).contains(expect.get(Integer.toString(i)));
        }
        assertThat(analyst.post("/api/suspects", "not json").status()).isEqualTo(400);
    }

    @Test
    void a_search_needs_a_crime_reference_and_is_audited_with_it() {
        Map<String, Object> b = offence();
        b.remove("purpose");
        var refused = analyst.post("/api/suspects", b);
        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.body()).contains("crime reference");
        JsonNode r = search(offence());
        List<Map<String, Object>> records = TestGraph.graph().read(tx -> tx.run("""
                MATCH (a:AuditRecord {user: 'suspect-analyst', event: 'SUSPECT_SEARCH'}) WHERE a.detail CONTAINS $id
                OPTIONAL MATCH (a)-[:TOUCHED]->(o:AuditObject)
                RETURN a.purpose AS purpose, a.detail AS detail, collect(o.id) AS objects""",
                Map.of("id", r.get("searchId").asText())).list(x -> x.asMap()));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("purpose")).isEqualTo("CR/2025/061001");
        assertThat(records.get(0).get("detail").toString()).contains("spider web tattoo", "2025-06-10T21:00");
        assertThat(records.get(0).get("objects").toString()).contains("S1", "S2");
    }

    /**
     * Tag data (docs/suspects.md, "Tag data"), on a night of its own (2025-07-20, BST) so the other tests'
     * window holds none: S3, 80 km away, whose tag went to the place, becomes a candidate and is placed
     * there; S1, whose home is 300 m away, is ruled out by a trail that kept him in Penrith; S8's fix at
     * the place is SECRET, above the analyst's clearance, so it neither finds nor places him. Fixes are
     * written as the importer writes them (TagSlot's slot, the wearer's id, a UTC time).
     */
    @Test
    void tag_data_places_a_far_away_man_at_the_scene_and_rules_out_one_whose_trail_kept_him_away() {
        List<Map<String, Object>> fixes = new ArrayList<>();
        java.time.Instant night = java.time.Instant.parse("2025-07-20T19:00:00Z"); // 20:00 BST
        for (int minute = 0; minute <= 240; minute++) {           // S1 in Penrith, a fix a minute, 20:00 to 24:00
            fixes.add(fix("TS1-" + minute, "S1", night.plusSeconds(60L * minute), 54.6647, -2.7508, "OFFICIAL"));
        }
        java.time.Instant seen = java.time.Instant.parse("2025-07-20T21:10:00Z"); // 22:10 BST
        fixes.add(fix("TS3-1", "S3", seen.minusSeconds(60), 54.8943, -2.9329, "OFFICIAL"));
        fixes.add(fix("TS3-2", "S3", seen, 54.8930, -2.9329, "OFFICIAL"));
        fixes.add(fix("TS8-1", "S8", seen, 54.8926, -2.9329, "SECRET"));
        TestGraph.graph().write(tx -> tx.run("""
                UNWIND $fixes AS f
                MATCH (p:Person {id: f.person})
                CREATE (p)-[:HAD_TAG_FIX {marking: 'OFFICIAL'}]->(:TagFix {id: f.id, person: f.person, recordedAt: f.at, slot: f.slot,
                  location: point({latitude: f.lat, longitude: f.lng}), accuracyM: 10, marking: f.marking, area: 'cumbria'})
                """, Map.of("fixes", fixes)).consume());
        Map<String, Object> b = offence();
        b.put("from", "2025-07-20T21:00");
        b.put("to", "2025-07-20T23:00");
        JsonNode r = search(b);
        Map<String, JsonNode> byId = new HashMap<>();
        r.get("suspects").forEach(s -> byId.put(s.get("id").asText(), s));
        assertThat(byId).containsKey("S3").doesNotContainKeys("S1", "S8");
        assertThat(byId.get("S3").get("factors").get("OPPORTUNITY").get("reasons").get(0).asText())
                .isEqualTo("His tag placed him 60 m from the place during the window (recorded 2025-07-20 22:10)");
        assertThat(byId.get("S3").get("links").toString()).contains("\"relation\":\"TAG\"");
        Map<String, String> why = new HashMap<>();
        r.get("ruledOut").forEach(x -> why.put(x.get("id").asText(), x.get("reasons").toString()));
        assertThat(why.get("S1")).contains("Tag data covers the whole window (121 fixes from 2025-07-20 21:00 to 2025-07-20 23:00,"
                + " at most 1 min apart) and keeps him 27.9 km or more from the place");
        assertThat(why).doesNotContainKey("S8");
        assertThat(r.toString()).doesNotContain("TS8-1");
    }

    private static Map<String, Object> fix(String id, String person, java.time.Instant at, double lat, double lng, String marking) {
        return Map.of("id", id, "person", person, "at", at.atZone(java.time.ZoneOffset.UTC), "lat", lat, "lng", lng,
                "slot", uk.vigil.monitoring.TagSlot.of(at, lat, lng), "marking", marking);
    }

    @Test
    void duty_to_co_operate_members_may_not_search_for_suspects() {
        assertThat(dtc.post("/api/suspects", offence()).status()).isEqualTo(403);
    }
}
