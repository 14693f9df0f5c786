package uk.vigil.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.vigil.config.CaseworkRules;

class AgendaRulesTest {
    private static final LocalDate DAY = LocalDate.of(2027, 1, 10);

    private static AgendaFacts level(int level, LocalDate lastReview) {
        return new AgendaFacts("K", 1, level, LocalDate.of(2020, 1, 1), Map.of("id", "N", "surname", "S"), DAY,
                DAY.plusDays(28), DAY.minusDays(28), lastReview, false, null, List.of(), 0, null, List.of(), null, null,
                List.of(), "HIGH", null, null, List.of());
    }

    @Test
    void level_2_is_due_when_eight_weeks_run_out_before_the_following_meeting() {
        AgendaRules rules = new AgendaRules(CaseworkRules.defaults());
        assertThat(rules.item(level(2, DAY.minusDays(20)), 2)).isEmpty(); // due DAY+36, after the look-ahead
        assertThat(rules.item(level(2, DAY.minusDays(30)), 2).orElseThrow().reasons().get(0).code()).isEqualTo("REVIEW_DUE");
        assertThat(rules.item(level(2, DAY.minusDays(60)), 2).orElseThrow().reasons().get(0).code()).isEqualTo("REVIEW_OVERDUE");
    }

    @Test
    void cadences_come_from_configuration() {
        AgendaRules slow = new AgendaRules(CaseworkRules.from(Map.of("VIGIL_REVIEW_DAYS_LEVEL2", "120",
                "VIGIL_AGENDA_LOOKAHEAD_DAYS", "7")));
        assertThat(slow.item(level(2, DAY.minusDays(60)), 2)).isEmpty();
        assertThat(slow.item(level(2, DAY.minusDays(115)), 2).orElseThrow().reasons().get(0).text())
                .contains("at least every 120 days at level 2");
    }

    @Test
    void level_1_cases_come_only_for_their_yearly_review_as_information_exchange() {
        AgendaRules rules = new AgendaRules(CaseworkRules.defaults());
        assertThat(rules.item(level(1, DAY.minusDays(200)), 2)).isEmpty();
        AgendaItem yearly = rules.item(level(1, DAY.minusDays(360)), 2).orElseThrow();
        assertThat(yearly.informationOnly()).isTrue();
    }

    @Test
    void bad_configuration_is_refused_with_the_variable_named() {
        assertThatThrownBy(() -> CaseworkRules.from(Map.of("VIGIL_REVIEW_DAYS_LEVEL3", "-1")))
                .hasMessageContaining("VIGIL_REVIEW_DAYS_LEVEL3");
        assertThatThrownBy(() -> CaseworkRules.from(Map.of("VIGIL_POPULATION_10PLUS", "cumbria")))
                .hasMessageContaining("VIGIL_POPULATION_10PLUS");
        assertThat(CaseworkRules.from(Map.of("VIGIL_POPULATION_10PLUS", "cumbria=447000, lancashire=1200000"))
                .population10Plus()).containsEntry("lancashire", 1_200_000L);
    }
}
