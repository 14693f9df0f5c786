package uk.vigil.meeting;

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

/** After the meeting: attendance, decisions, actions, level changes and disclosures, and the next pack starting from them. */
class MinutesApiIT {
    private static final LocalDate MEETING_DAY = LocalDate.now().plusDays(7);
    private static Server server;
    private static AuthClient chair;
    private static AuthClient otherChair;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("chair.cypher");
        TestUsers.create(new TestUsers.Spec("minutes-chair", "cumbria-probation", List.of("cumbria"), List.of("MAPPA_CHAIR"),
                "OFFICIAL_SENSITIVE", "OC1"));
        TestUsers.create(new TestUsers.Spec("minutes-other", "cumbria-probation", List.of("cumbria"), List.of("MAPPA_CHAIR"),
                "OFFICIAL_SENSITIVE", "OM1"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        chair = TestUsers.signIn(server.port(), "minutes-chair");
        otherChair = TestUsers.signIn(server.port(), "minutes-other");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(name).asText()));
        return out;
    }

    @Test
    void what_the_meeting_decides_is_written_dated_attributed_audited_and_the_next_pack_starts_from_it() {
        AuthClient.Response att = chair.post("/api/meetings/MN/attendance", Map.of("minutes", "All cases heard.",
                "attendance", List.of(Map.of("officerId", "OM1", "attended", true), Map.of("officerId", "OP1", "attended", false))));
        assertThat(att.status()).isEqualTo(200);
        assertThat(att.json().get("meeting").get("status").asText()).isEqualTo("HELD");
        assertThat(att.json().get("meeting").get("minutes").asText()).isEqualTo("All cases heard.");
        assertThat(att.json().get("invitees").toString()).contains("\"id\":\"OP1\"").contains("\"attended\":false");

        String due = MEETING_DAY.plusDays(14).toString();
        AuthClient.Response r = chair.post("/api/meetings/MN/record", Map.of(
                "caseId", "K1",
                "decisions", List.of(Map.of("decision", "Move to level 3", "reason", "Breach of SHPO and new victim proximity")),
                "actions", List.of(Map.of("description", "Joint home visit with device examination", "ownerId", "OP1",
                        "agencyId", "cumbria-police", "dueDate", due, "pillar", "MONITORING_CONTROL")),
                "actionUpdates", List.of(Map.of("actionId", "K1-A1", "status", "DONE", "doneDate", MEETING_DAY.toString())),
                "levelChange", Map.of("level", 3, "reason", "Imminent risk to the victim"),
                "disclosures", List.of(Map.of("disclose", false, "recipient", "Employer", "what", "",
                        "reason", "No access to children or vulnerable adults at work", "reviewDate", due))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("level").asInt()).isEqualTo(3);
        assertThat(r.json().get("nextReviewDate").asText()).isEqualTo(MEETING_DAY.plusDays(28).toString());
        String actionId = r.json().get("actions").get(0).asText();

        assertThat(TestGraph.count("MATCH (mc:MappaCase {id: 'K1', level: 3}) WHERE mc.lastReviewDate = $d RETURN count(mc)",
                Map.of("d", MEETING_DAY))).isEqualTo(1);
        assertThat(TestGraph.count("MATCH (:MappaCase {id: 'K1'})-[:HAD_LEVEL]->(lp:LevelPeriod {id: 'K1-L2'}) WHERE lp.to = $d RETURN count(lp)",
                Map.of("d", MEETING_DAY.minusDays(1)))).isEqualTo(1);
        assertThat(TestGraph.count("MATCH (a:Action {id: $id, enteredBy: 'minutes-chair'})-[:OWNED_BY]->(:Officer {id: 'OP1'}) "
                + "MATCH (:Meeting {id: 'MN'})-[:RAISED]->(a) RETURN count(a)", Map.of("id", actionId))).isEqualTo(1);
        assertThat(TestGraph.count("MATCH (r:AuditRecord {event: 'CHANGE', outcome: 'OK', user: 'minutes-chair'})-[:TOUCHED]->(:AuditObject {key: 'CASE:K1'}) "
                + "RETURN count(r)", Map.of())).isEqualTo(1);

        // the next meeting: a level 3 panel four weeks later, K1 on its agenda
        AuthClient.Response next = chair.post("/api/meetings", Map.of("area", "cumbria", "level", 3,
                "date", MEETING_DAY.plusDays(28) + "T13:30:00Z"));
        String nextId = next.json().get("meeting").get("id").asText();
        assertThat(chair.send("PUT", "/api/meetings/" + nextId + "/agenda", Map.of("cases", List.of("K1")),
                Map.of("X-CSRF-Token", chair.csrfToken())).status()).isEqualTo(200);
        JsonNode pack = chair.get("/api/meetings/" + nextId + "/pack?case=K1").json();
        assertThat(pack.get("since").asText()).isEqualTo(MEETING_DAY.toString());
        assertThat(pack.get("lastMeeting").get("meeting").asText()).isEqualTo("MN");
        assertThat(field(pack.get("lastMeeting").get("decisions"), "decision")).containsExactly("Move to level 3");
        assertThat(pack.get("lastMeeting").get("decisions").get(0).get("decidedBy").asText()).isEqualTo("minutes-chair");
        JsonNode actions = pack.get("actions");
        assertThat(field(actions, "id")).contains(actionId, "K1-A1");
        for (JsonNode a : actions) {
            if (a.get("id").asText().equals(actionId)) {
                assertThat(a.get("owner").asText()).isEqualTo("Priya Shah");
                assertThat(a.get("agency").asText()).isEqualTo("Cumbria Constabulary");
                assertThat(a.get("dueDate").asText()).isEqualTo(due);
                assertThat(a.get("status").asText()).isEqualTo("OPEN");
            }
            if (a.get("id").asText().equals("K1-A1")) {
                assertThat(a.get("status").asText()).isEqualTo("DONE");
                assertThat(a.get("overdue").asBoolean()).isFalse();
            }
        }
        assertThat(pack.get("levelHistory").get(0).get("level").asInt()).isEqualTo(3);
        assertThat(pack.get("disclosures").get(0).get("recipient").asText()).isEqualTo("Employer");
        assertThat(pack.get("disclosures").get(0).get("disclose").asBoolean()).isFalse();
        assertThat(pack.get("disclosures").get(0).get("authorisedBy").asText()).isEqualTo("Helen Ward");
    }

    @Test
    void bad_records_are_refused_with_every_reason_and_write_nothing() {
        long before = TestGraph.count("MATCH (n) WHERE n:Decision OR n:Action OR n:DisclosureDecision RETURN count(n)", Map.of());
        AuthClient.Response r = chair.post("/api/meetings/MN/record", Map.of(
                "caseId", "K12",
                "decisions", List.of(Map.of("decision", "Stay", "reason", "")),
                "actions", List.of(Map.of("description", "Visit", "ownerId", "NOBODY", "agencyId", "cumbria-police",
                        "dueDate", MEETING_DAY.minusDays(1).toString(), "pillar", "HOPE")),
                "disclosures", List.of(Map.of("disclose", true, "recipient", "School", "reason", "Child at the school"))));
        assertThat(r.status()).isEqualTo(400);
        String error = r.json().get("error").asText();
        assertThat(error).contains("decision 1: reason").contains("action 1: description").contains("dueDate must be between")
                .contains("pillar must be one of").contains("disclosure 1: what is disclosed");
        AuthClient.Response unknownOwner = chair.post("/api/meetings/MN/record", Map.of("caseId", "K12",
                "actions", List.of(Map.of("description", "Visit the approved premises", "ownerId", "NOBODY",
                        "agencyId", "cumbria-police", "dueDate", MEETING_DAY.plusDays(3).toString()))));
        assertThat(unknownOwner.json().get("error").asText()).contains("No officer with id NOBODY");
        assertThat(chair.post("/api/meetings/MN/record", Map.of("caseId", "K3", "decisions",
                List.of(Map.of("decision", "Adopt", "reason", "New referral")))).json().get("error").asText())
                .contains("not on this meeting's agenda");
        assertThat(chair.post("/api/meetings/MN/record", Map.of("caseId", "K12")).json().get("error").asText())
                .contains("nothing to record");
        assertThat(chair.post("/api/meetings/MN/record", Map.of("caseId", "K12", "levelChange", Map.of("level", 2, "reason", "Same")))
                .json().get("error").asText()).contains("already at level 2");
        assertThat(chair.post("/api/meetings/MN/record", "[1,2]").status()).isEqualTo(400);
        assertThat(TestGraph.count("MATCH (n) WHERE n:Decision OR n:Action OR n:DisclosureDecision RETURN count(n)", Map.of()))
                .isEqualTo(before);
    }

    @Test
    void a_category_3_case_cannot_be_moved_to_level_1() {
        assertThat(chair.send("PUT", "/api/meetings/M3/agenda", Map.of("cases", List.of("K9")),
                Map.of("X-CSRF-Token", chair.csrfToken())).status()).isEqualTo(200);
        AuthClient.Response r = chair.post("/api/meetings/M3/record", Map.of("caseId", "K9",
                "levelChange", Map.of("level", 1, "reason", "Risk reduced")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("category 3 case cannot be managed at level 1");
    }

    @Test
    void only_the_meetings_chair_records_it() {
        AuthClient.Response r = otherChair.post("/api/meetings/MN/record", Map.of("caseId", "K12",
                "decisions", List.of(Map.of("decision", "Stay at level 2", "reason", "Stable"))));
        assertThat(r.status()).isEqualTo(403);
        assertThat(otherChair.post("/api/meetings/MN/attendance", Map.of("minutes", "x")).status()).isEqualTo(403);
        assertThat(chair.post("/api/meetings/NOPE/record", Map.of("caseId", "K12")).status()).isEqualTo(404);
    }
}
