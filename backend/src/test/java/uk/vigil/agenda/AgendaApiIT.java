package uk.vigil.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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

/** The agenda builder over HTTP: each case of fixtures/chair.cypher shows one rule. */
class AgendaApiIT {
    private static Server server;
    private static AuthClient chair;
    private static AuthClient dtc;
    private static AuthClient lancs;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("chair.cypher");
        TestUsers.create(new TestUsers.Spec("agenda-chair", "cumbria-probation", List.of("cumbria"), List.of("MAPPA_CHAIR"),
                "OFFICIAL_SENSITIVE", "OC1"));
        TestUsers.create(new TestUsers.Spec("agenda-dtc", "cumbria-childrens-services", List.of("cumbria"), List.of("DTC_MEMBER"),
                "OFFICIAL_SENSITIVE", "OD1"));
        TestUsers.create(new TestUsers.Spec("agenda-lancs", "lancs-police", List.of("lancashire"), List.of("MAPPA_CHAIR"),
                "OFFICIAL_SENSITIVE", null));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        chair = TestUsers.signIn(server.port(), "agenda-chair");
        dtc = TestUsers.signIn(server.port(), "agenda-dtc");
        lancs = TestUsers.signIn(server.port(), "agenda-lancs");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("caseId").asText()));
        return out;
    }

    private static JsonNode item(JsonNode items, String caseId) {
        for (JsonNode i : items) {
            if (i.get("caseId").asText().equals(caseId)) {
                return i;
            }
        }
        throw new AssertionError(caseId + " not in " + ids(items));
    }

    private static List<String> codes(JsonNode item) {
        List<String> out = new ArrayList<>();
        item.get("reasons").forEach(r -> out.add(r.get("code").asText()));
        return out;
    }

    @Test
    void the_agenda_lists_the_cases_on_it_in_order_with_every_reason() {
        JsonNode m = chair.get("/api/meetings/MN").json();
        assertThat(ids(m.get("agenda"))).containsExactly("K1", "K12");
        JsonNode k1 = item(m.get("agenda"), "K1");
        assertThat(codes(k1)).contains("REVIEW_DUE", "ACTION_OVERDUE", "NEW_INTELLIGENCE", "BREACH", "NEW_CONFLICT",
                "RISK_LEVEL_CHANGE");
        assertThat(k1.get("lastReview").asText()).isEqualTo(LocalDate.now().minusDays(28).toString());
        assertThat(k1.get("informationOnly").asBoolean()).isFalse();
        assertThat(k1.get("reasons").toString()).contains("RoSH medium to high").contains("Breach of SHPO")
                .contains("victim proximity").contains("Home visit to check for devices");
        assertThat(codes(item(m.get("agenda"), "K12"))).containsExactly("REVIEW_OVERDUE"); // due the day before the meeting
        assertThat(m.get("chair").get("surname").asText()).isEqualTo("Ward");
        assertThat(m.get("agencies").get(0).get("type").asText()).isEqualTo("CHILDRENS_SERVICES");
        assertThat(m.get("rules").get("reviewDays").get("2").asInt()).isEqualTo(56);
    }

    @Test
    void proposals_follow_cadence_referrals_actions_and_significant_events() {
        JsonNode proposed = chair.get("/api/meetings/MN").json().get("proposed");
        assertThat(ids(proposed)).containsExactlyInAnyOrder("K3", "K4", "K5", "K7", "K8");
        assertThat(codes(item(proposed, "K3"))).containsExactly("NEW_REFERRAL");
        assertThat(codes(item(proposed, "K7"))).containsExactly("ACTION_DUE");
        assertThat(codes(item(proposed, "K8"))).contains("CHANGE_OF_ADDRESS", "NEW_CONFLICT");
        JsonNode k4 = item(proposed, "K4");
        assertThat(codes(k4)).containsExactly("BREACH");
        assertThat(k4.get("informationOnly").asBoolean()).isTrue();
        JsonNode k5 = item(proposed, "K5");
        assertThat(codes(k5)).containsExactly("REVIEW_OVERDUE");
        assertThat(k5.get("informationOnly").asBoolean()).isTrue();
        // level 1 cases come after level 2 proposals
        assertThat(ids(proposed).indexOf("K4")).isGreaterThan(ids(proposed).indexOf("K8"));
        // under VIGIL_AGENDA_LEVEL1_EVENTS (30): no level 1 case with a new event left off (AgendaLevel1CapIT)
        JsonNode omitted = chair.get("/api/meetings/MN").json().get("level1Omitted");
        assertThat(omitted.get("count").asInt()).isZero();
        assertThat(omitted.get("byTrigger").get("NEW_CONFLICT").asInt()).isZero();
    }

    @Test
    void quiet_cases_other_levels_other_areas_and_hidden_people_are_not_proposed() {
        List<String> all = new ArrayList<>();
        JsonNode m = chair.get("/api/meetings/MN").json();
        all.addAll(ids(m.get("agenda")));
        all.addAll(ids(m.get("proposed")));
        assertThat(all).doesNotContain("K2", "K6", "K9", "K10", "K11");
        assertThat(m.toString()).doesNotContain("Kemp").doesNotContain("N11");
    }

    @Test
    void the_level_3_panel_hears_level_3_cases_on_a_four_week_cadence() {
        JsonNode panel = chair.get("/api/meetings/M3").json();
        assertThat(ids(panel.get("proposed"))).containsExactly("K9");
        assertThat(codes(item(panel.get("proposed"), "K9"))).containsExactly("REVIEW_OVERDUE");
    }

    @Test
    void a_duty_to_co_operate_member_sees_only_the_case_they_are_invited_for_without_reasons() {
        JsonNode m = dtc.get("/api/meetings/MN").json();
        assertThat(ids(m.get("agenda"))).containsExactly("K1");
        assertThat(m.get("proposed")).isEmpty();
        assertThat(codes(item(m.get("agenda"), "K1"))).containsExactly("INVITED");
        assertThat(m.toString()).doesNotContain("Lamb").doesNotContain("K12").doesNotContain("primary school");
        assertThat(dtc.get("/api/meetings/M3").status()).isEqualTo(404);
        assertThat(dtc.get("/api/meetings?area=cumbria").status()).isEqualTo(403);
    }

    @Test
    void another_areas_chair_gets_404_for_the_meeting() {
        assertThat(lancs.get("/api/meetings/MN").status()).isEqualTo(404);
        assertThat(chair.get("/api/meetings/NOPE").status()).isEqualTo(404);
    }

    @Test
    void a_chair_plans_a_meeting_sets_its_agenda_and_invites_a_partner_for_one_case() {
        String when = LocalDate.now().plusDays(35) + "T09:30:00Z";
        AuthClient.Response created = chair.post("/api/meetings", Map.of("area", "cumbria", "level", 2, "date", when,
                "agencies", List.of("cumbria-childrens-services"), "invitees", List.of("OM1")));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("meeting").get("id").asText();
        assertThat(created.json().get("meeting").get("status").asText()).isEqualTo("PLANNED");
        assertThat(created.json().get("invitees").toString()).contains("OM1").contains("OC1");

        AuthClient.Response set = chair.send("PUT", "/api/meetings/" + id + "/agenda", Map.of("cases", List.of("K3", "K7")),
                Map.of("X-CSRF-Token", chair.csrfToken()));
        assertThat(set.status()).isEqualTo(200);
        assertThat(ids(set.json().get("agenda"))).containsExactly("K3", "K7");
        assertThat(item(set.json().get("agenda"), "K7").get("agendaOrder").asInt()).isEqualTo(2);

        AuthClient.Response inv = chair.post("/api/meetings/" + id + "/invitations", Map.of("officerId", "OD1", "cases", List.of("K7")));
        assertThat(inv.status()).isEqualTo(200);
        JsonNode seen = dtc.get("/api/meetings/" + id).json();
        assertThat(ids(seen.get("agenda"))).containsExactly("K7");
        assertThat(TestGraph.count("MATCH (r:AuditRecord {event: 'CHANGE', outcome: 'OK'})-[:TOUCHED]->(:AuditObject {key: $m}) RETURN count(r)",
                Map.of("m", "MEETING:" + id))).isEqualTo(3);
    }

    @Test
    void bad_plans_are_refused_with_reasons() {
        String when = LocalDate.now().plusDays(35) + "T09:30:00Z";
        assertThat(chair.post("/api/meetings", Map.of("area", "cumbria", "level", 4, "date", when)).json().get("error").asText())
                .contains("level");
        assertThat(chair.post("/api/meetings", Map.of("area", "cumbria", "level", 2, "date", "next tuesday")).status()).isEqualTo(400);
        assertThat(chair.post("/api/meetings", Map.of("area", "cumbria", "level", 2, "date", when, "invitees", List.of("NOBODY")))
                .json().get("error").asText()).contains("NOBODY");
        assertThat(chair.post("/api/meetings", Map.of("area", "lancashire", "level", 2, "date", when)).status()).isEqualTo(403);
        assertThat(chair.post("/api/meetings", "{not json").status()).isEqualTo(400);
        Map<String, String> csrf = Map.of("X-CSRF-Token", chair.csrfToken());
        assertThat(chair.send("PUT", "/api/meetings/MN/agenda", Map.of("cases", List.of("K10")), csrf).json().get("error").asText())
                .contains("K10");
        assertThat(chair.send("PUT", "/api/meetings/MN/agenda", Map.of("cases", List.of("K11")), csrf).status()).isEqualTo(400);
        assertThat(chair.send("PUT", "/api/meetings/MN/agenda", Map.of("cases", List.of("K1", "K1")), csrf).status()).isEqualTo(400);
        assertThat(chair.send("PUT", "/api/meetings/MP/agenda", Map.of("cases", List.of("K1")), csrf).json().get("error").asText())
                .contains("held");
        assertThat(dtc.post("/api/meetings", Map.of("area", "cumbria", "level", 2, "date", when)).status()).isEqualTo(403);
        // the agenda of MN is unchanged
        assertThat(ids(chair.get("/api/meetings/MN").json().get("agenda"))).containsExactly("K1", "K12");
    }

    @Test
    void the_chair_reads_the_meetings_directory_of_officers_and_agencies_audited() {
        JsonNode d = chair.get("/api/meetings/MN/directory").json();
        List<String> officers = new ArrayList<>();
        d.get("officers").forEach(o -> officers.add(o.get("id").asText()));
        assertThat(officers).containsExactly("OD1", "OM1", "OP1", "OC1"); // by surname: Kerr, Reid, Shah, Ward
        JsonNode shah = d.get("officers").get(2);
        assertThat(shah.get("agencyId").asText()).isEqualTo("cumbria-police");
        assertThat(shah.get("agency").asText()).isEqualTo("Cumbria Constabulary");
        assertThat(shah.get("invited").asBoolean()).isTrue();
        // the panel invites no one yet: the area's officers are listed, none marked invited
        JsonNode panel = chair.get("/api/meetings/M3/directory").json();
        assertThat(panel.get("officers")).hasSize(4);
        panel.get("officers").forEach(o -> assertThat(o.get("invited").asBoolean()).isFalse());
        assertThat(d.get("totalOfficers").asInt()).isEqualTo(4);
        assertThat(d.get("youChair").asBoolean()).isTrue();
        List<String> agencies = new ArrayList<>();
        d.get("agencies").forEach(a -> agencies.add(a.get("id").asText()));
        assertThat(agencies).containsExactly("cumbria-childrens-services", "cumbria-police", "cumbria-probation");
        assertThat(d.toString()).doesNotContain("Marsh").doesNotContain("N1"); // staff only, no nominals
        assertThat(TestGraph.count("MATCH (r:AuditRecord {event: 'LIST', outcome: 'OK'}) WHERE r.detail CONTAINS 'MEETING_DIRECTORY' "
                + "RETURN count(r)", Map.of())).isPositive();
        assertThat(chair.get("/api/meetings/MN").json().get("youChair").asBoolean()).isTrue();
    }

    @Test
    void only_chairs_who_may_see_the_meeting_read_its_directory() {
        assertThat(dtc.get("/api/meetings/MN/directory").status()).isEqualTo(403);
        assertThat(lancs.get("/api/meetings/MN/directory").status()).isEqualTo(404);
        assertThat(chair.get("/api/meetings/NOPE/directory").status()).isEqualTo(404);
        assertThat(dtc.get("/api/meetings/MN").json().get("youChair").asBoolean()).isFalse();
    }
}
