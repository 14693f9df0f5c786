package uk.vigil.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * {@value VigilAnalyzers#PHONE}: the whole value as one {@link PhoneNumbers#canonical canonical
 * number} plus every suffix of at least six digits at the same position, so "the last six digits"
 * match. Also used for IMEIs, which the canonical rules leave alone unless they begin with 0.
 */
public final class PhoneAnalyzer extends Analyzer {
  static final int MIN_SUFFIX_LENGTH = 6;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer source = new KeywordTokenizer();
    return new TokenStreamComponents(source, new PhoneFilter(source));
  }

  /** The canonical number and its suffixes of six digits or more, longest first. */
  static List<String> expansions(String text) {
    String canonical = PhoneNumbers.canonical(text);
    if (canonical.isEmpty()) {
      return List.of();
    }
    if (canonical.length() <= MIN_SUFFIX_LENGTH || canonical.length() > ExpandingFilter.MAX_EXPANDED_LENGTH) {
      return List.of(canonical);
    }
    List<String> terms = new ArrayList<>();
    terms.add(canonical);
    for (int start = 1; canonical.length() - start >= MIN_SUFFIX_LENGTH; start++) {
      terms.add(canonical.substring(start));
    }
    return terms;
  }

  private static final class PhoneFilter extends ExpandingFilter {
    PhoneFilter(TokenStream input) {
      super(input);
    }

    @Override
    List<String> expand(String term) {
      return expansions(term);
    }
  }
}
