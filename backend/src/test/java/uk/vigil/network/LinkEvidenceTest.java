package uk.vigil.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkEvidenceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @Test
    void a_personal_phone_shared_by_two_now_is_full_strength() {
        var s = LinkEvidence.score("USES_DEVICE", null, 2, LocalDate.of(2024, 1, 1), null, LocalDate.of(2025, 1, 1), null, null, null, TODAY);
        assertThat(s.score()).isEqualTo(1.0);
        assertThat(LinkEvidence.strength(s.score())).isEqualTo("STRONG");
    }

    @Test
    void approved_premises_shared_by_many_is_weak() {
        var s = LinkEvidence.score("LIVES_AT", "APPROVED_PREMISES", 20, LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 2, 1), null, null, null, TODAY);
        assertThat(s.place()).isEqualTo(0.15);
        assertThat(s.rarity()).isEqualTo(0.1);
        assertThat(LinkEvidence.strength(s.score())).isEqualTo("WEAK");
        var home = LinkEvidence.score("LIVES_AT", "PRIVATE", 2, LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 2, 1), null, null, null, TODAY);
        assertThat(home.score()).isGreaterThan(s.score() * 50);
    }

    @Test
    void old_and_not_at_the_same_time_counts_less() {
        var together = LinkEvidence.score("LIVES_AT", "PRIVATE", 2, LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1),
                LocalDate.of(2011, 1, 1), LocalDate.of(2013, 1, 1), null, null, TODAY);
        var apart = LinkEvidence.score("LIVES_AT", "PRIVATE", 2, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1),
                LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 1), null, null, TODAY);
        assertThat(together.recency()).isLessThan(1.0).isGreaterThanOrEqualTo(0.3);
        assertThat(apart.overlap()).isEqualTo(0.5);
        assertThat(apart.score()).isLessThan(together.score());
    }

    @Test
    void intelligence_counts_by_its_grading() {
        var a1 = LinkEvidence.score("MENTIONS", null, 2, TODAY, TODAY, TODAY, TODAY, "A", "1", TODAY);
        var e5 = LinkEvidence.score("MENTIONS", null, 2, TODAY, TODAY, TODAY, TODAY, "E", "5", TODAY);
        assertThat(a1.score()).isEqualTo(0.6);
        assertThat(e5.score()).isEqualTo(0.054);
    }

    @Test
    void evidence_combines_without_passing_one() {
        assertThat(LinkEvidence.combine(List.of(0.5, 0.5))).isEqualTo(0.75);
        assertThat(LinkEvidence.combine(List.of(1.0, 0.9))).isEqualTo(1.0);
        assertThat(LinkEvidence.combine(List.of())).isEqualTo(0.0);
    }
}
