package uk.vigil.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each input token by zero or more terms at the same position: the first keeps the
 * token's position increment, the rest have increment 0. A token replaced by nothing is dropped
 * and its increment is carried onto the next emitted token (or onto {@link #end()}), as Lucene's
 * stop filters do. Terms are capped at {@link #MAX_TERM_LENGTH} characters.
 */
abstract class ExpandingFilter extends TokenFilter {
  /** Longest term emitted (as StandardTokenizer's default); keeps absurd input far from Lucene's term limit. */
  static final int MAX_TERM_LENGTH = 255;
  /** Suffix expansion only for canonical values at most this long; plates and phones are far shorter. */
  static final int MAX_EXPANDED_LENGTH = 32;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private State current;
  private int skippedPositions;

  ExpandingFilter(TokenStream input) {
    super(input);
  }

  /** The terms replacing one input term, in order, without duplicates; empty drops the token. */
  abstract List<String> expand(String term);

  @Override
  public final boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.removeFirst());
      positionIncrement.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      List<String> terms = expand(term.toString());
      if (terms.isEmpty()) {
        skippedPositions += positionIncrement.getPositionIncrement();
        continue;
      }
      positionIncrement.setPositionIncrement(positionIncrement.getPositionIncrement() + skippedPositions);
      skippedPositions = 0;
      for (int i = 1; i < terms.size(); i++) {
        pending.addLast(cap(terms.get(i)));
      }
      if (!pending.isEmpty()) {
        current = captureState();
      }
      term.setEmpty().append(cap(terms.get(0)));
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    positionIncrement.setPositionIncrement(positionIncrement.getPositionIncrement() + skippedPositions);
    skippedPositions = 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
    skippedPositions = 0;
  }

  static String cap(String term) {
    if (term.length() <= MAX_TERM_LENGTH) {
      return term;
    }
    int end = MAX_TERM_LENGTH;
    if (Character.isHighSurrogate(term.charAt(end - 1))) {
      end--;
    }
    return term.substring(0, end);
  }
}
