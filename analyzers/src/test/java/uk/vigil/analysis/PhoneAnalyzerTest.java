package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.vigil.analysis.Tokens.t;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class PhoneAnalyzerTest {
  private final Analyzer analyzer = new PhoneAnalyzer();

  @Test
  void canonicalNumberAndSuffixesOfSixOrMore() {
    assertThat(Tokens.of(analyzer, "07700 900123")).containsExactly(
        t("447700900123", 1), t("47700900123", 0), t("7700900123", 0), t("700900123", 0),
        t("00900123", 0), t("0900123", 0), t("900123", 0));
  }

  @Test
  void everyWrittenFormIndexesTheSame() {
    var expected = Tokens.terms(analyzer, "447700900123");
    for (String form : new String[] {"07700 900123", "+44 7700 900123", "0044 7700900123", "+44 (0)7700 900123"}) {
      assertThat(Tokens.terms(analyzer, form)).as(form).isEqualTo(expected);
    }
  }

  @Test
  void imeiIsUnchanged() {
    assertThat(Tokens.terms(analyzer, "35-209900-176148-1")).first().isEqualTo("352099001761481");
    assertThat(Tokens.terms(analyzer, "352099001761481")).hasSize(1 + 15 - 6);
  }

  @Test
  void shortNumbersAreEmittedAlone() {
    assertThat(Tokens.of(analyzer, "+999")).containsExactly(t("999", 1));
    assertThat(Tokens.of(analyzer, "12345")).containsExactly(t("12345", 1));
    assertThat(Tokens.of(analyzer, "123456")).containsExactly(t("123456", 1));
  }

  @Test
  void emptyPunctuationAndNonLatinGiveNoTokens() {
    assertThat(Tokens.of(analyzer, "")).isEmpty();
    assertThat(Tokens.of(analyzer, "+ ( ) -")).isEmpty();
    assertThat(Tokens.of(analyzer, "телефон")).isEmpty();
    assertThat(Tokens.of(analyzer, "Mixed Case Letters")).isEmpty();
  }

  @Test
  void nonAsciiDigitsAreReadAsDigits() {
    // Arabic-Indic digits
    assertThat(Tokens.terms(analyzer, "٠٧٧٠٠ ٩٠٠١٢٣")).first().isEqualTo("447700900123");
  }

  @Test
  void veryLongInputGivesOneCappedTerm() {
    assertThat(Tokens.of(analyzer, Tokens.longText("1234 ", 10_000))).singleElement()
        .satisfies(token -> assertThat(token.term()).hasSize(255));
  }
}
