package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.vigil.analysis.Tokens.t;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class IdentifierAnalyzerTest {
  private final Analyzer analyzer = new IdentifierAnalyzer();

  @Test
  void pncGivesCompactAndCanonicalForms() {
    assertThat(Tokens.of(analyzer, "2001/0123456A")).containsExactly(t("20010123456A", 1), t("010123456A", 0));
    assertThat(Tokens.of(analyzer, "01/123456A")).containsExactly(t("01123456A", 1), t("010123456A", 0));
    assertThat(Tokens.of(analyzer, "20010123456A")).containsExactly(t("20010123456A", 1), t("010123456A", 0));
    assertThat(Tokens.of(analyzer, "010123456A")).containsExactly(t("010123456A", 1));
  }

  @Test
  void otherIdentifiersGiveTheCompactForm() {
    assertThat(Tokens.of(analyzer, "VIS-00012345")).containsExactly(t("VIS00012345", 1));
    assertThat(Tokens.of(analyzer, "x123456")).containsExactly(t("X123456", 1));
  }

  @Test
  void mixedCaseAndSpaces() {
    assertThat(Tokens.terms(analyzer, " 01 / 123456 a ")).containsExactly("01123456A", "010123456A");
  }

  @Test
  void emptyPunctuationAndNonLatinGiveNoTokens() {
    assertThat(Tokens.of(analyzer, "")).isEmpty();
    assertThat(Tokens.of(analyzer, "//--")).isEmpty();
    assertThat(Tokens.of(analyzer, "номер")).isEmpty();
    assertThat(Tokens.of(analyzer, "رقم")).isEmpty();
  }

  @Test
  void veryLongInputGivesOneCappedTerm() {
    assertThat(Tokens.of(analyzer, Tokens.longText("ab/1-", 10_000))).singleElement()
        .satisfies(token -> assertThat(token.term()).hasSize(255).startsWith("AB1AB1"));
  }

  @Test
  void normalizeUpperCases() {
    assertThat(analyzer.normalize("f", "vis-0001").utf8ToString()).isEqualTo("VIS-0001");
  }
}
