package uk.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateScorerTest {
    static IdentityRecord person(String id, String forename, String surname, String dob, String pnc, Set<String> devices,
                                 Set<String> homes) {
        return new IdentityRecord(id, forename, surname, dob == null ? null : LocalDate.parse(dob), pnc,
                List.of(java.util.Arrays.asList(forename, surname)), devices, homes, Set.of());
    }

    @Test
    void names_compare_by_spelling_nickname_and_sound() {
        assertThat(NameSimilarity.compare("William", "Bill").kind()).isEqualTo(NameSimilarity.Kind.NICKNAME);
        assertThat(NameSimilarity.compare("Stephen", "Steven").kind()).isEqualTo(NameSimilarity.Kind.PHONETIC);
        assertThat(NameSimilarity.compare("Wiśniewski", "Wisniewski").kind()).isEqualTo(NameSimilarity.Kind.EXACT);
        assertThat(NameSimilarity.compare("Wilson", "Wislon").kind()).isEqualTo(NameSimilarity.Kind.SPELLING);
        assertThat(NameSimilarity.compare("John", "Peter").kind()).isEqualTo(NameSimilarity.Kind.NONE);
    }

    @Test
    void the_same_human_entered_twice_is_a_candidate() {
        var a = person("N1", "Stephen", "Hutchinson", "1980-03-12", "1999/1A", Set.of("D1"), Set.of());
        var b = person("N2", "Steve", "Hutchinson", "1980-12-03", null, Set.of("D1"), Set.of());
        var c = DuplicateScorer.score(a, b).orElseThrow();
        assertThat(c.signals()).contains("FORENAME_NICKNAME", "SURNAME_EXACT", "DOB_DAY_MONTH_SWAPPED", "SHARED_PHONE");
        assertThat(c.score()).isGreaterThan(0.8);
    }

    @Test
    void a_father_and_son_of_one_name_at_one_home_are_not() {
        var a = person("N1", "John", "Smith", "1960-01-01", null, Set.of(), Set.of("A1"));
        var b = person("N2", "John", "Smith", "1985-06-01", null, Set.of(), Set.of("A1"));
        assertThat(DuplicateScorer.score(a, b)).isEmpty();
        var partner = person("N3", "Mary", "Jones", "1960-01-01", null, Set.of(), Set.of("A1"));
        assertThat(DuplicateScorer.score(a, partner)).isEmpty();
    }

    @Test
    void a_decided_pair_is_never_proposed_again() {
        var a = new IdentityRecord("N1", "John", "Smith", LocalDate.parse("1960-01-01"), null,
                List.of(List.of("John", "Smith")), Set.of(), Set.of(), Set.of("N2"));
        var b = person("N2", "John", "Smith", "1960-01-01", null, Set.of(), Set.of());
        assertThat(DuplicateScorer.score(a, b)).isEmpty();
    }

    @Test
    void blocking_compares_far_fewer_pairs_than_all_and_still_pairs_duplicates() {
        List<IdentityRecord> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            people.add(person("P" + i, "Name" + (char) ('a' + i % 26), "Family" + (char) ('a' + i % 7),
                    LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28).toString(), null, Set.of(), Set.of()));
        }
        people.add(person("DUP", "Namea", "Familya", people.get(0).dob().toString(), null, Set.of(), Set.of()));
        var blocks = DuplicateBlocking.blocks(people);
        long pairs = blocks.blocks().stream().mapToLong(b -> (long) b.length * (b.length - 1) / 2).sum();
        assertThat(pairs).isLessThan(50L * people.size());
        assertThat(blocks.blocks()).anyMatch(b -> java.util.Arrays.stream(b).anyMatch(x -> x == 0)
                && java.util.Arrays.stream(b).anyMatch(x -> x == 2000));
    }
}
