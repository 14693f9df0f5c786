package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.vigil.analysis.Tokens.t;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class NameVariantAnalyzerTest {
  private final Analyzer analyzer = new NameVariantAnalyzer();

  @Test
  void williamBecomesItsGroupsAndCodesAtOnePosition() {
    assertThat(Tokens.of(analyzer, "William")).containsExactly(
        t("N_bill", 1), t("N_billy", 0), t("N_william", 0), t("N_willie", 0), t("N_wilma", 0),
        t("P_ALM", 0), t("P_FLM", 0));
  }

  @Test
  void billSharesTheWilliamGroup() {
    assertThat(Tokens.of(analyzer, "Bill")).containsExactly(
        t("N_bill", 1), t("N_will", 0), t("N_william", 0), t("N_willis", 0), t("P_PL", 0));
    assertThat(Tokens.terms(analyzer, "Bill")).contains("N_william");
  }

  @Test
  void foldsBeforeLookingUp() {
    assertThat(Tokens.terms(analyzer, "WILLIAM")).isEqualTo(Tokens.terms(analyzer, "william"));
    assertThat(Tokens.terms(analyzer, "Stéphen")).isEqualTo(Tokens.terms(analyzer, "Stephen"));
    assertThat(Tokens.terms(analyzer, "O'Brien")).containsExactly("P_APRN");
  }

  @Test
  void soundAlikesShareAPhoneticCode() {
    assertThat(Tokens.terms(analyzer, "Steven")).contains("P_STFN");
    assertThat(Tokens.terms(analyzer, "Stephen")).contains("P_STFN");
  }

  @Test
  void eachWordKeepsItsOwnPosition() {
    assertThat(Tokens.of(analyzer, "Bill Smith")).containsExactly(
        t("N_bill", 1), t("N_will", 0), t("N_william", 0), t("N_willis", 0), t("P_PL", 0),
        t("N_smith", 1), t("P_SM0", 0), t("P_XMT", 0));
  }

  @Test
  void droppedTokensLeaveAHoleOnTheNextToken() {
    // "123" has neither a group nor a code: dropped, its position carried on to "bill".
    assertThat(Tokens.of(analyzer, "123 Bill")).first().isEqualTo(t("N_bill", 2));
    // A trailing dropped token is reported by end().
    assertThat(Tokens.finalIncrement(analyzer, "Bill 123")).isEqualTo(1);
  }

  @Test
  void emptyPunctuationAndNonLatinGiveNoTokens() {
    assertThat(Tokens.of(analyzer, "")).isEmpty();
    assertThat(Tokens.of(analyzer, "-- ' ,,")).isEmpty();
    assertThat(Tokens.of(analyzer, "Иван Петров")).isEmpty();
    assertThat(Tokens.of(analyzer, "محمد")).isEmpty();
  }

  @Test
  void veryLongInputDoesNotThrow() {
    assertThat(Tokens.of(analyzer, Tokens.longText("x", 10_000))).isNotEmpty();
    assertThat(Tokens.of(analyzer, Tokens.longText("Bill ", 10_000))).hasSize(5 * 10_000 / 5);
  }

  @Test
  void normalizeIsTheNameFolding() {
    assertThat(analyzer.normalize("f", "ÉMILE").utf8ToString()).isEqualTo("emile");
  }
}
