package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.vigil.analysis.Tokens.t;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class NameIndexAnalyzerTest {
  private final Analyzer analyzer = new NameIndexAnalyzer();

  @Test
  void eachNameTokenThenItsVariantsAtOnePosition() {
    assertThat(Tokens.of(analyzer, "Bill Smith")).containsExactly(
        t("bill", 1), t("N_bill", 0), t("N_will", 0), t("N_william", 0), t("N_willis", 0), t("P_PL", 0),
        t("smith", 1), t("N_smith", 0), t("P_SM0", 0), t("P_XMT", 0));
  }

  @Test
  void keepsTokensWithoutVariantsAndReadsLikeTheQueryAnalyzers() {
    assertThat(Tokens.terms(analyzer, "123")).containsExactly("123");
    assertThat(Tokens.terms(analyzer, "Wiśniewski")).startsWith("wisniewski");
    assertThat(Tokens.terms(analyzer, "Wiśniewski")).containsAll(Tokens.terms(new NameVariantAnalyzer(), "Wisniewski"));
    assertThat(Tokens.terms(analyzer, "O'Brien")).containsAll(Tokens.terms(new NameAnalyzer(), "O'Brien"));
  }

  @Test
  void variantTermsStayOutOfReachOfLowerCaseFuzzyTerms() {
    assertThat(Tokens.terms(analyzer, "William Smith")).filteredOn(term -> term.contains("_"))
        .allSatisfy(term -> assertThat(term.substring(0, 2)).isIn("N_", "P_"));
  }

  @Test
  void hugeAndEmptyInput() {
    assertThat(Tokens.terms(analyzer, "")).isEmpty();
    assertThat(Tokens.terms(analyzer, Tokens.longText("Smith ", 10_000))).isNotEmpty();
  }
}
