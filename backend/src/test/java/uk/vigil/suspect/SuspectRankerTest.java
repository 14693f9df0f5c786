package uk.vigil.suspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.PurposeRequiredException;
import uk.vigil.suspect.SuspectCandidate.Custody;
import uk.vigil.suspect.SuspectCandidate.Fix;
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
                List.of(), links, List.of(), List.of(), custody, List.of(), List.of(), List.of(), List.of());
    }

    static SuspectCandidate tagged(String id, List<Fix> trail) {
        return new SuspectCandidate(id, "A", id, LocalDate.of(1990, 1, 1), "M", "STOCKY", "Dark hair", "cumbria", 1L, 1L,
                List.of(), List.of(home(1500)), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), trail);
    }

    /** A fix at a local time on the window's day (2025-06-10, BST), {@code metres} from the place. */
    static Fix fix(String hhmm, double metres) {
        Instant at = LocalDateTime.parse("2025-06-10T" + hhmm).atZone(SuspectRanker.LOCAL).toInstant();
        boolean inWindow = !at.isBefore(Instant.parse("2025-06-10T20:00:00Z")) && !at.isAfter(Instant.parse("2025-06-10T22:00:00Z"));
        return new Fix("F" + hhmm, at, 54.89, -2.93, 10L, metres, inWindow);
    }

    /** A fix every {@code minutes} from {@code from} to {@code to} (local), each {@code metres} from the place. */
    static List<Fix> trail(String from, String to, int minutes, double metres) {
        List<Fix> out = new ArrayList<>();
        for (LocalTime t = LocalTime.parse(from); !t.isAfter(LocalTime.parse(to)); t = t.plusMinutes(minutes)) {
            out.add(fix(t.toString(), metres));
        }
        return out;
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
                        "punched a woman outside a pub", List.of(new SuspectCandidate.Victim("F", 70L)))), List.of());
        // facts: the same and one more link (no per-kind limit), the offence with the victim the request describes
        SuspectCandidate facts = new SuspectCandidate("N1", "A", "N1", LocalDate.of(1990, 1, 1), "M", "STOCKY", "Dark hair",
                "cumbria", null, null, List.of(), List.of(home(900), home(1900), home(2100)), List.of(), List.of(), List.of(),
                List.of(), List.of(curfew), List.of(new SuspectCandidate.PastOffence("ABH", "VIOLENT", null,
                        "punched a woman outside a pub", List.of(new SuspectCandidate.Victim("M", 30L)))), List.of());
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
    void a_tag_trail_that_covers_the_window_far_from_the_place_rules_him_out_and_says_why() {
        SuspectRanker r = ranker(SuspectRequest.of(body()), List.of());
        // a fix a minute from 20:30 to 23:30, 3 km away: 130 km/h covers 2.2 km a minute, not the 6 km there and back
        var home = r.rank(tagged("N1", trail("20:30", "23:30", 1, 3_000)));
        assertThat(home.ruledOut()).singleElement().asString()
                .isEqualTo("Tag data covers the whole window (121 fixes from 2025-06-10 21:00 to 2025-06-10 23:00, at most 1 min"
                        + " apart) and keeps him 3.0 km or more from the place: he could not have got there between any two fixes");
        // the bound from the same facts rules him out alike
        assertThat(r.bound(tagged("N1", trail("20:30", "23:30", 1, 3_000))).ruledOut()).isEqualTo(home.ruledOut());
    }

    @Test
    void a_trail_with_a_gap_long_enough_to_reach_the_place_or_not_covering_the_window_rules_nobody_out() {
        SuspectRanker r = ranker(SuspectRequest.of(body()), List.of());
        // a fix every minute but none between 21:40 and 21:50: 10 minutes at 130 km/h is 21.7 km, more than 6 km
        List<Fix> gap = new ArrayList<>(trail("20:30", "21:40", 1, 3_000));
        gap.addAll(trail("21:50", "23:30", 1, 3_000));
        var gapped = r.rank(tagged("N1", gap));
        assertThat(gapped.isRuledOut()).isFalse();
        assertThat(gapped.factors().get(SuspectFactor.AVAILABILITY).reasons())
                .contains("Tag data covers the window, but between 2025-06-10 21:40 and 2025-06-10 21:50 he could have reached the place"
                        + " (3.0 km and 3.0 km away)");
        // the trail stops at 22:30, before the window ends at 23:00
        var cut = r.rank(tagged("N2", trail("20:30", "22:30", 1, 3_000)));
        assertThat(cut.isRuledOut()).isFalse();
        assertThat(cut.factors().get(SuspectFactor.AVAILABILITY).reasons())
                .contains("Tag data does not cover the whole window (91 fixes in it; none after it ends)");
        // one fix at the place in a trail 3 km away, a minute from its neighbours: no one moves like that, so the
        // trail rules nothing out (at the place he may have been; 3 km away he may have been)
        List<Fix> glitch = new ArrayList<>(trail("20:30", "23:30", 1, 3_000));
        glitch.set(90, new Fix("F22:00", glitch.get(90).at(), 54.89, -2.93 + 0.05, 10L, 0, true));
        var odd = r.rank(tagged("N5", glitch));
        assertThat(odd.isRuledOut()).isFalse();
        assertThat(odd.factors().get(SuspectFactor.AVAILABILITY).reasons()).anyMatch(why -> why.startsWith("Tag data for the window jumps")
                && why.contains("between 2025-06-10 21:59 and 2025-06-10 22:00") && why.endsWith("check it with the monitoring service"));
        // a trail as long as the limit may have been cut short: it checks nothing and says so
        var tooLong = r.rank(tagged("N4", new ArrayList<>(java.util.Collections.nCopies(SuspectService.TRAIL_LIMIT, fix("21:30", 3_000)))));
        assertThat(tooLong.isRuledOut()).isFalse();
        assertThat(tooLong.factors().get(SuspectFactor.AVAILABILITY).reasons())
                .contains("Tag data for the window is longer than is read (3000 fixes): narrow the window to check where his tag placed him");
        // near the place: every minute 500 m away is reachable (1 km there and back in a minute at 130 km/h)
        var near = r.rank(tagged("N3", trail("20:30", "23:30", 1, 500)));
        assertThat(near.isRuledOut()).isFalse();
        assertThat(near.factors().get(SuspectFactor.AVAILABILITY).reasons())
                .contains("Tag data covers the whole window and does not rule him out: his nearest fix was 500 m from the place,"
                        + " at 2025-06-10 21:00");
    }

    @Test
    void a_tag_fix_near_the_place_during_the_window_is_the_strongest_opportunity() {
        SuspectRanker r = ranker(SuspectRequest.of(body()), List.of());
        Link seen = new Link("TAG", "F1", "recorded 2025-06-10 22:14", "TAG", 54.89, -2.93, 120);
        SuspectCandidate c = person("N1", "M", "Dark hair", List.of(home(1500), seen), List.of());
        var o = r.rank(c);
        assertThat(o.factors().get(SuspectFactor.OPPORTUNITY).score()).isEqualTo(30.0);
        assertThat(o.factors().get(SuspectFactor.OPPORTUNITY).reasons().get(0))
                .isEqualTo("His tag placed him 120 m from the place during the window (recorded 2025-06-10 22:14)");
    }

    @Test
    void a_tagged_curfew_with_no_tag_data_says_to_ask_the_monitoring_service() {
        SuspectRanker r = ranker(SuspectRequest.of(body()), List.of());
        List<SuspectCandidate.Condition> conditions = List.of(
                new SuspectCandidate.Condition("C1", "CURFEW", null, "19:00", "07:00", List.of(), null, List.of()),
                new SuspectCandidate.Condition("C2", "ELECTRONIC_MONITORING", null, null, null, List.of(), null, List.of()));
        SuspectCandidate c = new SuspectCandidate("N1", "A", "N1", LocalDate.of(1990, 1, 1), "M", "STOCKY", "Dark hair", "cumbria",
                1L, 1L, List.of(), List.of(home(100)), List.of(), List.of(), List.of(), List.of(), conditions, List.of(), List.of());
        var o = r.rank(c);
        assertThat(o.factors().get(SuspectFactor.AVAILABILITY).score()).isEqualTo(8.0);
        assertThat(o.factors().get(SuspectFactor.AVAILABILITY).reasons().get(0))
                .endsWith("electronically monitored, but no tag data is recorded for the window: ask the monitoring service where he was");
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
