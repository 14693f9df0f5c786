package uk.vigil.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.vigil.common.InvalidRequestException;

class QueryTextTest {

    @Test
    void reads_names_dates_identifiers_plates_phones_and_postcodes() {
        QueryText q = QueryText.parse("Jon O'Brien-Smyth 12/03/1985");
        assertThat(q.names()).containsExactly("jon", "obrien", "smyth");
        assertThat(q.dates()).containsExactly(LocalDate.of(1985, 3, 12));
        assertThat(QueryText.parse("Smith 1985").years()).containsExactly(1985);
        assertThat(QueryText.parse("01/123456A").identifiers()).containsExactly("01/123456A");
        assertThat(QueryText.parse("KX6? silver Focus").plates()).contains("KX6?");
        assertThat(QueryText.parse("KX6? silver Focus").names()).containsExactly("silver", "focus");
        assertThat(QueryText.parse("+44 (0)7700 900 123").phones()).containsExactly("447700900123");
        assertThat(QueryText.parse("07700900123").phones()).containsExactly("447700900123");
        assertThat(QueryText.parse("CA1 1AB").postcodes()).contains("CA1 1AB");
        assertThat(QueryText.parse("ca11ab").postcodes()).contains("CA1 1AB");
        assertThat(QueryText.parse("billy.smith@example.com").handles()).containsExactly("billy.smith@example.com");
    }

    @Test
    void names_in_other_scripts_are_read_in_latin_letters() {
        QueryText cyrillic = QueryText.parse("Мухаммед Хан 01/07/1990");
        assertThat(cyrillic.names()).containsExactly("mukhammed", "khan");
        assertThat(cyrillic.dates()).containsExactly(LocalDate.of(1990, 7, 1));
        assertThat(cyrillic.raw()).isEqualTo("Мухаммед Хан 01/07/1990");
        assertThat(cyrillic.romanised().scriptNames()).isEqualTo("Cyrillic");
        assertThat(cyrillic.romanised().vowelsMissing()).isFalse();
        assertThat(QueryText.parse("Олександр Шевченко").names()).containsExactly("oleksandr", "shevchenko");
        assertThat(QueryText.parse("Γιώργος Παπαδόπουλος").names()).containsExactly("giorgos", "papadopoulos");

        QueryText arabic = QueryText.parse("محمد خان");
        assertThat(arabic.names()).contains("khan");
        assertThat(arabic.romanised().vowelsMissing()).isTrue();
        assertThat(QueryText.parse("Jon Smith").romanised()).isNull();
        assertThat(QueryText.parse("Wiśniewski").romanised()).as("accented Latin is Latin").isNull();
    }

    @Test
    void a_query_that_reads_as_one_plate_is_not_also_names() {
        QueryText q = QueryText.parse("E32O KEL");
        assertThat(q.plates()).contains("E32OKEL");
        assertThat(q.names()).isEmpty();
        assertThat(QueryText.parse("KHL 225B").plates()).contains("KHL225B");
    }

    @Test
    void dates_as_people_write_them_and_their_swap() {
        assertThat(QueryText.date("1985-03-12")).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(QueryText.date("12.3.85")).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(QueryText.date("31/02/1980")).isNull();
        assertThat(QueryText.swapped(LocalDate.of(1985, 3, 12))).isEqualTo(LocalDate.of(1985, 12, 3));
        assertThat(QueryText.swapped(LocalDate.of(1985, 3, 13))).isNull();
    }

    @Test
    void refuses_what_cannot_be_searched_with_a_reason() {
        for (String bad : List.of("", "   ", "*", "?? *", "a", "!!", "x".repeat(201), "a b c d e f g h i j k l m")) {
            assertThatThrownBy(() -> QueryText.parse(bad)).as("[" + bad + "]")
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining(" ");
        }
        assertThatThrownBy(() -> QueryText.parse("*")).hasMessageContaining("Wildcards alone");
    }

    @Test
    void lucene_syntax_in_the_query_is_escaped_not_obeyed() {
        assertThat(LuceneQuery.escape("surname:smith")).isEqualTo("surname\\:smith");
        assertThat(LuceneQuery.escape("AND")).isEqualTo("and");
        assertThat(LuceneQuery.names(List.of("smith", "jo"), false)).isEqualTo("+smith~1 +jo");
        assertThat(LuceneQuery.names(List.of("wojciechowski"), false)).isEqualTo("+wojciechowski~2");
        assertThat(LuceneQuery.names(List.of("smi"), true)).isEqualTo("+(smi* smi)");
        assertThat(LuceneQuery.plates(List.of("?X6?"))).isEqualTo("X6?*");
        assertThat(LuceneQuery.plates(List.of("KO6?"))).isEqualTo("K06?*");
        for (String hostile : List.of("surname:Smith OR *:*", "/.*/", "name:[a TO z]", "smith~0.1^99", "\"; DROP",
                "KX6? (x OR y)", "{!lucene}", "\\\\")) {
            try {
                SearchQueryFuzzTest.built(QueryText.parse(hostile)).forEach(SearchQueryFuzzTest::assertSafe);
            } catch (InvalidRequestException refused) {
                // refused with a reason is fine too
            }
        }
    }
}
