package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.vigil.analysis.Tokens.t;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {
  private final Analyzer analyzer = new NameAnalyzer();

  @Test
  void foldsDiacriticsToAscii() {
    assertThat(Tokens.of(analyzer, "Wiśniewski")).containsExactly(t("wisniewski", 1));
    assertThat(Tokens.terms(analyzer, "Zoë Brontë Ñúñez Øster Łukasz")).containsExactly("zoe", "bronte", "nunez", "oster", "lukasz");
  }

  @Test
  void splitsHyphenatedNames() {
    assertThat(Tokens.of(analyzer, "Smith-Jones")).containsExactly(t("smith", 1), t("jones", 1));
  }

  @Test
  void deletesApostrophesInsideTokens() {
    assertThat(Tokens.of(analyzer, "O'Brien")).containsExactly(t("obrien", 1));
    assertThat(Tokens.of(analyzer, "O\u2019Brien")).containsExactly(t("obrien", 1));
    assertThat(Tokens.terms(analyzer, "D'Arcy-O'Neill")).containsExactly("darcy", "oneill");
  }

  @Test
  void lowerCasesMixedCase() {
    assertThat(Tokens.of(analyzer, "  jOhN   SMITH ")).containsExactly(t("john", 1), t("smith", 1));
  }

  @Test
  void emptyAndPunctuationOnlyGiveNoTokens() {
    assertThat(Tokens.of(analyzer, "")).isEmpty();
    assertThat(Tokens.of(analyzer, "  ")).isEmpty();
    assertThat(Tokens.of(analyzer, "'-,./;:!?()[]'’")).isEmpty();
  }

  @Test
  void nonLatinTextIsKeptLowerCased() {
    assertThat(Tokens.terms(analyzer, "Иван Петров")).containsExactly("иван", "петров");
    assertThat(Tokens.terms(analyzer, "محمد علي")).containsExactly("محمد", "علي");
  }

  @Test
  void veryLongInputDoesNotThrow() {
    assertThat(Tokens.of(analyzer, Tokens.longText("a", 10_000))).isNotEmpty()
        .allSatisfy(token -> assertThat(token.term().length()).isLessThanOrEqualTo(255));
    assertThat(Tokens.of(analyzer, Tokens.longText("Ab'c-Dé ", 10_000))).hasSize(2 * 10_000 / 8);
  }

  @Test
  void normalizeFoldsQueryTermsWithoutTokenizing() {
    assertThat(analyzer.normalize("f", "ÉMILE").utf8ToString()).isEqualTo("emile");
    assertThat(analyzer.normalize("f", "O'BRI").utf8ToString()).isEqualTo("obri");
    assertThat(analyzer.normalize("f", "Wiśn").utf8ToString()).isEqualTo("wisn");
  }
}
