package uk.vigil.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Test helper: what an analyzer emits for a text, term and position increment. */
final class Tokens {
  record Token(String term, int increment) {
    @Override
    public String toString() {
      return term + "+" + increment;
    }
  }

  private Tokens() {}

  static Token t(String term, int increment) {
    return new Token(term, increment);
  }

  static List<Token> of(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(t(term.toString(), increment.getPositionIncrement()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return of(analyzer, text).stream().map(Token::term).toList();
  }

  /** The position increment reported by end(): trailing holes left by dropped tokens. */
  static int finalIncrement(Analyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        // drain
      }
      stream.end();
      return increment.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String longText(String unit, int length) {
    StringBuilder text = new StringBuilder(length + unit.length());
    while (text.length() < length) {
      text.append(unit);
    }
    return text.substring(0, length);
  }
}
