package uk.vigil.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.access.Marking;
import uk.vigil.access.Viewer;
import uk.vigil.config.CaseworkRules;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;

/**
 * VIGIL_AGENDA_LEVEL1_EVENTS: with more level 1 cases with a new event than the cap, exactly the cap is
 * proposed (breaches, then RoSH rises, then new conflicts; most recent first; then case id) and the rest
 * are counted by their first trigger. Over fixtures/chair.cypher (whose K4 has a caution 3 days ago)
 * plus eight level 1 cases made here.
 */
class AgendaLevel1CapIT {
    private static final Viewer CHAIR = new Viewer("agenda-chair", "cumbria-probation", "PROBATION", Set.of("cumbria"),
            Set.of("MAPPA_CHAIR"), Marking.OFFICIAL_SENSITIVE, "OC1", "cap-test", "127.0.0.1");

    @BeforeAll
    static void load() {
        TestGraph.clear();
        Fixtures.load("chair.cypher");
        // L1-L2 breaches (1 and 20 days ago), L3-L4 RoSH rises (2 and 30 days ago), L5-L8 new conflicts
        // (1, 1, 4 and 9 days ago; L5 and L6 the same day, so the case id decides); each reviewed 200 days ago
        TestGraph.graph().write(tx -> tx.run("""
                WITH date() AS today
                UNWIND [['L1', 'BREACH', 1], ['L2', 'BREACH', 20], ['L3', 'ROSH', 2], ['L4', 'ROSH', 30],
                        ['L6', 'CONFLICT', 1], ['L5', 'CONFLICT', 1], ['L7', 'CONFLICT', 4], ['L8', 'CONFLICT', 9]] AS c
                WITH today, c[0] AS id, c[1] AS kind, today - duration({days: c[2]}) AS on
                CREATE (n:Person:Nominal {id: 'N' + id, forename: 'Cap', surname: id, dob: date('1970-01-01'), sex: 'M',
                        area: 'cumbria', marking: 'OFFICIAL'})
                CREATE (n)-[:HAS_CASE {marking: 'OFFICIAL'}]->(:MappaCase {id: id, category: 1, level: 1, status: 'ACTIVE',
                        area: 'cumbria', referralDate: date('2015-01-01'), lastReviewDate: today - duration({days: 200}),
                        marking: 'OFFICIAL'})
                FOREACH (_ IN CASE WHEN kind = 'BREACH' THEN [1] ELSE [] END |
                  CREATE (n)-[:HAD_EVENT {marking: 'OFFICIAL'}]->(:Event {id: id + '-E', type: 'BREACH', date: on,
                          breachOf: 'SHPO', marking: 'OFFICIAL'}))
                FOREACH (_ IN CASE WHEN kind = 'ROSH' THEN [1] ELSE [] END |
                  CREATE (n)-[:HAS_ASSESSMENT {marking: 'OFFICIAL'}]->(:RiskAssessment {id: id + '-R1', tool: 'ROSH',
                          date: today - duration({days: 400}), level: 'MEDIUM', marking: 'OFFICIAL'})
                  CREATE (n)-[:HAS_ASSESSMENT {marking: 'OFFICIAL'}]->(:RiskAssessment {id: id + '-R2', tool: 'ROSH',
                          date: on, level: 'HIGH', marking: 'OFFICIAL'}))
                FOREACH (_ IN CASE WHEN kind = 'CONFLICT' THEN [1] ELSE [] END |
                  CREATE (:Conflict {id: id + '-C', rule: 'EXCLUSION_ZONE', status: 'OPEN', firstSeen: on, area: 'cumbria',
                          marking: 'OFFICIAL'})-[:CONCERNS {marking: 'OFFICIAL'}]->(n))
                """).consume());
    }

    private static Agenda agenda(int cap) {
        CaseworkRules rules = CaseworkRules.from(Map.of("VIGIL_AGENDA_LEVEL1_EVENTS", String.valueOf(cap)));
        return new AgendaService(TestGraph.graph(), rules).agenda(CHAIR, "MN", 2);
    }

    /** Level 1 proposals for an event (K5 is there for its yearly review, K1 and K12 are on the agenda). */
    private static List<String> level1Events(Agenda a) {
        return a.items().stream().filter(i -> !i.onAgenda() && i.level() == 1 && !i.caseId().equals("K5"))
                .map(AgendaItem::caseId).sorted().toList();
    }

    @Test
    void exactly_the_cap_is_proposed_breaches_then_rosh_rises_then_the_newest_conflicts() {
        Agenda a = agenda(6);
        // K4 (caution 3 days ago) ranks after L1 (1 day) and before L2 (20 days)
        assertThat(level1Events(a)).containsExactly("K4", "L1", "L2", "L3", "L4", "L5");
        assertThat(a.level1Omitted()).isEqualTo(Map.of("count", 3,
                "byTrigger", Map.of("BREACH", 0, "RISK_LEVEL_CHANGE", 0, "NEW_CONFLICT", 3)));
    }

    @Test
    void a_smaller_cap_cuts_inside_the_breaches_most_recent_first() {
        Agenda a = agenda(2);
        assertThat(level1Events(a)).containsExactly("K4", "L1");
        assertThat(a.level1Omitted()).isEqualTo(Map.of("count", 7,
                "byTrigger", Map.of("BREACH", 1, "RISK_LEVEL_CHANGE", 2, "NEW_CONFLICT", 4)));
    }

    @Test
    void under_the_cap_every_triggered_case_is_proposed_and_none_omitted() {
        Agenda a = agenda(30);
        assertThat(level1Events(a)).containsExactly("K4", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8");
        assertThat(a.level1Omitted().get("count")).isEqualTo(0);
        // level 2 cases are never capped
        assertThat(agenda(1).items().stream().filter(i -> i.level() == 2 && !i.onAgenda()).map(AgendaItem::caseId))
                .containsExactlyInAnyOrder("K3", "K7", "K8");
    }
}
