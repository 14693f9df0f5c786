package uk.vigil.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Deletes apostrophes inside tokens: {@code O'Brien} and {@code O’Brien} become {@code OBrien}. */
final class ApostropheFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ApostropheFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    int kept = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (!isApostrophe(c)) {
        buffer[kept++] = c;
      }
    }
    term.setLength(kept);
    return true;
  }

  /** ASCII apostrophe, right single quotation mark and modifier letter apostrophe. */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }
}
