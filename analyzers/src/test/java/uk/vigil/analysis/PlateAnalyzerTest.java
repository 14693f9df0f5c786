package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.vigil.analysis.Tokens.t;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class PlateAnalyzerTest {
  private final Analyzer analyzer = new PlateAnalyzer();

  @Test
  void canonicalPlateAndItsSuffixesAtOnePosition() {
    assertThat(Tokens.of(analyzer, "KX61 ABC")).containsExactly(
        t("KX61A8C", 1), t("X61A8C", 0), t("61A8C", 0), t("1A8C", 0), t("A8C", 0), t("8C", 0));
  }

  @Test
  void caseSpacingAndPunctuationDoNotMatter() {
    assertThat(Tokens.terms(analyzer, "kx61-abc")).isEqualTo(Tokens.terms(analyzer, "KX61 ABC"));
    assertThat(Tokens.terms(analyzer, " K X 6 1 A B C ")).isEqualTo(Tokens.terms(analyzer, "KX61ABC"));
  }

  @Test
  void lookalikesMeet() {
    assertThat(Tokens.terms(analyzer, "SO12 BIZ")).first().isEqualTo("5012812");
    assertThat(Tokens.terms(analyzer, "5012 812")).first().isEqualTo("5012812");
  }

  @Test
  void shortPlates() {
    assertThat(Tokens.of(analyzer, "A1")).containsExactly(t("A1", 1));
    assertThat(Tokens.of(analyzer, "x")).containsExactly(t("X", 1));
  }

  @Test
  void emptyPunctuationAndNonLatinGiveNoTokens() {
    assertThat(Tokens.of(analyzer, "")).isEmpty();
    assertThat(Tokens.of(analyzer, " -/. ")).isEmpty();
    assertThat(Tokens.of(analyzer, "АВС")).isEmpty(); // Cyrillic look-alikes are not Latin letters
    assertThat(Tokens.of(analyzer, "لوحة")).isEmpty();
  }

  @Test
  void diacriticsAreDroppedNotFolded() {
    assertThat(Tokens.terms(analyzer, "AÉ12")).first().isEqualTo("A12");
  }

  @Test
  void veryLongInputGivesOneCappedTerm() {
    assertThat(Tokens.of(analyzer, Tokens.longText("AB12 ", 10_000))).singleElement()
        .satisfies(token -> assertThat(token.term()).hasSize(255).startsWith("A812A812"));
  }

  @Test
  void normalizeUpperCasesAndMapsLookalikesWithoutStripping() {
    assertThat(analyzer.normalize("f", "kx61 ab").utf8ToString()).isEqualTo("KX61 A8");
    assertThat(analyzer.normalize("f", "so-iz").utf8ToString()).isEqualTo("50-12");
  }
}
