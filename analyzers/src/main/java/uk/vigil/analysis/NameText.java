package uk.vigil.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Name text as {@value VigilAnalyzers#NAME} sees it, for code that builds queries or compares names. */
public final class NameText {
  private static final String FIELD = "name";
  /** Analyzers are thread-safe: each thread reuses its own token stream components. */
  private static final NameAnalyzer ANALYZER = new NameAnalyzer();

  private NameText() {}

  /** The tokens {@value VigilAnalyzers#NAME} produces for the text, in order; empty for null or blank text. */
  public static List<String> tokens(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(tokens);
  }

  /** One word folded as {@value VigilAnalyzers#NAME} folds its tokens (apostrophes, accents, case), without tokenizing. */
  public static String fold(String word) {
    if (word == null || word.isEmpty()) {
      return "";
    }
    return ANALYZER.normalize(FIELD, word).utf8ToString();
  }
}
