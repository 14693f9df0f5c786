package uk.vigil.suspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.PurposeRequiredException;
import uk.vigil.suspect.SuspectCandidate.Custody;
import uk.vigil.suspect.SuspectCandidate.Link;

/** The scoring and ruling-out rules of docs/suspects.md, without a database. */
class SuspectRankerTest {
    static Map<String, Object> body() {
        Map<String, Object> b = new HashMap<>();
        b.put("purpose", "CR/1/26");
        b.put("lat", 54.89);
        b.put("lng", -2.93);
        b.put("radiusM", 2000);
        b.put("from", "2025-06-10T21:00");
        b.put("to", "2025-06-10T23:00");
        b.put("suspectSex", "M");
        b.put("suspectAgeFrom", 30);
        b.put("suspectAgeTo", 40);
        b.put("suspectDescription", "stocky, spider web tattoo, dark hair");
        return b;
    }

    static SuspectCandidate person(String id, String sex, String description, List<Link> links, List<Custody> custody) {
        return new SuspectCandidate(id, "A", id, LocalDate.of(1990, 1, 1), sex, "STOCKY", description, "cumbria", 1L, 1L,
                List.of(), links, List.of(), List.of(), custody, List.of(), List.of(), List.of());
    }

    static Link home(double metres) {
        return new Link("HOME", "AD", "1 Street, Town", "PRIVATE", 54.89, -2.93, metres);
    }

    SuspectRanker ranker(SuspectRequest req, List<SuspectCandidate> all) {
        return new SuspectRanker(req, 54.89, -2.93, Set.of(), Set.of(), Set.of(), List.of(), all);
    }

    @Test
    void a_home_near_the_place_scores_full_opportunity_fading_to_nothing_beyond_the_radius() {
        SuspectRequest req = SuspectRequest.of(body());
        SuspectRanker r = ranker(req, List.of());
        assertThat(r.proximity(100)).isEqualTo(1.0);
        assertThat(r.proximity(1250)).isEqualTo(0.5);
        assertThat(r.proximity(2250)).isZero();
        var near = r.rank(person("N1", "M", "Dark hair", List.of(home(200)), List.of()));
        assertThat(near.factors().get(SuspectFactor.OPPORTUNITY).score()).isEqualTo(30.0);
        assertThat(near.factors().get(SuspectFactor.OPPORTUNITY).reasons().get(0)).isEqualTo("Home 200 m from the place (1 Street, Town)");
    }

    @Test
    void custody_covering_the_window_rules_out_and_a_partial_overlap_only_lowers_availability() {
        SuspectRanker r = ranker(SuspectRequest.of(body()), List.of());
        var jailed = r.rank(person("N1", "M", null, List.of(home(100)),
                List.of(new Custody("REMAND", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), "HMP Durham"))));
        assertThat(jailed.ruledOut()).containsExactly("In custody (remand, HMP Durham) from 2025-06-01 to 2025-07-01: the whole window");
        var released = r.rank(person("N2", "M", null, List.of(home(100)),
                List.of(new Custody("SENTENCE", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 10), null))));
        assertThat(released.isRuledOut()).isFalse();
        assertThat(released.factors().get(SuspectFactor.AVAILABILITY).score()).isEqualTo(6.0);
    }

    @Test
    void the_other_sex_is_ruled_out_and_age_outside_the_range_fades() {
        SuspectRanker r = ranker(SuspectRequest.of(body()), List.of());
        assertThat(r.rank(person("N1", "F", null, List.of(home(100)), List.of())).ruledOut().get(0)).startsWith("Recorded as female");
        // born 1990-01-01: 35 on the day, inside 30-40
        var inRange = r.rank(person("N2", "M", null, List.of(home(100)), List.of()));
        assertThat(inRange.factors().get(SuspectFactor.DESCRIPTION).reasons()).contains("Aged 35 on the day (described 30-40)");
    }

    @Test
    void rarer_description_words_weigh_more() {
        SuspectCandidate spider = person("N1", "M", "Dark hair, tattoo of a spider web on elbow", List.of(home(100)), List.of());
        SuspectCandidate dark1 = person("N2", "M", "Dark hair", List.of(home(100)), List.of());
        SuspectCandidate dark2 = person("N3", "M", "Dark hair", List.of(home(100)), List.of());
        Map<String, Double> w = SuspectRanker.weights(List.of("spider", "dark"), List.of(spider, dark1, dark2));
        assertThat(w.get("spider")).isGreaterThan(w.get("dark"));
    }

    @Test
    void the_bound_from_facts_is_at_least_the_score_from_details_and_rules_out_alike() {
        Map<String, Object> b = body();
        b.put("offenceType", "ABH");
        b.put("method", "punched him outside a pub");
        b.put("victimSex", "M");
        b.put("victimAge", 30);
        SuspectRequest req = SuspectRequest.of(b);
        SuspectCandidate.Condition curfew = new SuspectCandidate.Condition("C1", "CURFEW", null, "19:00", "07:00", List.of(), null,
                List.of());
        // details: a near home and a far one, a curfew, an assault on a woman of 70 outside a pub
        SuspectCandidate details = new SuspectCandidate("N1", "A", "N1", LocalDate.of(1990, 1, 1), "M", "STOCKY", "Dark hair",
                "cumbria", 1L, 1L, List.of(), List.of(home(900), home(1900)), List.of(), List.of(), List.of(), List.of(),
                List.of(curfew), List.of(new SuspectCandidate.PastOffence("ABH", "VIOLENT", LocalDate.of(2020, 1, 1),
                        "punched a woman outside a pub", List.of(new SuspectCandidate.Victim("F", 70L)))));
        // facts: the same and one more link (no per-kind limit), the offence with the victim the request describes
        SuspectCandidate facts = new SuspectCandidate("N1", "A", "N1", LocalDate.of(1990, 1, 1), "M", "STOCKY", "Dark hair",
                "cumbria", null, null, List.of(), List.of(home(900), home(1900), home(2100)), List.of(), List.of(), List.of(),
                List.of(), List.of(curfew), List.of(new SuspectCandidate.PastOffence("ABH", "VIOLENT", null,
                        "punched a woman outside a pub", List.of(new SuspectCandidate.Victim("M", 30L)))));
        SuspectRanker r = ranker(req, List.of(details));
        var score = r.rank(details);
        var bound = r.bound(facts);
        for (SuspectFactor f : SuspectFactor.values()) {
            assertThat(bound.factors().get(f).score()).as(f.name()).isGreaterThanOrEqualTo(score.factors().get(f).score());
        }
        assertThat(bound.total()).isGreaterThan(score.total());
        // the curfew lowers the score's availability, never the bound's; the victim adds 3 + 3 to the bound only
        assertThat(score.factors().get(SuspectFactor.AVAILABILITY).score()).isEqualTo(10.0);
        assertThat(bound.factors().get(SuspectFactor.AVAILABILITY).score()).isEqualTo(15.0);
        assertThat(bound.factors().get(SuspectFactor.METHOD).score() - score.factors().get(SuspectFactor.METHOD).score())
                .isEqualTo(6.0);
        // the other sex is ruled out from the facts with the same reason
        SuspectCandidate woman = person("N2", "F", null, List.of(home(100)), List.of());
        assertThat(r.bound(woman).ruledOut()).isEqualTo(r.rank(woman).ruledOut()).isNotEmpty();
    }

    @Test
    void requests_are_checked_before_anything_runs() {
        Map<String, Object> b = body();
        b.remove("purpose");
        assertThatThrownBy(() -> SuspectRequest.of(b)).isInstanceOf(PurposeRequiredException.class);
        Map<String, Object> c = body();
        c.put("to", "2025-06-10T20:00");
        assertThatThrownBy(() -> SuspectRequest.of(c)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("inverted");
        assertThat(SuspectRequest.words("The man, aged about 30, stocky build with a SPIDER tattoo"))
                .containsExactly("stocky", "spider", "tattoo");
    }
}
