package uk.vigil.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@value VigilAnalyzers#PLATE}: the whole value as one {@link Plates#canonical canonical plate}
 * plus every suffix of at least two characters at the same position, so partial plates match:
 * "KX61 ABC" gives {@code KX61A8C, X61A8C, 61A8C, 1A8C, A8C, 8C}. Query terms of wildcard and fuzzy
 * queries are upper-cased and get the look-alike mapping (nothing is stripped).
 */
public final class PlateAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer source = new KeywordTokenizer();
    return new TokenStreamComponents(source, new PlateFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new PlateNormalizeFilter(in);
  }

  /** The canonical plate and its suffixes of length two or more, longest first. */
  static List<String> expansions(String text) {
    String canonical = Plates.canonical(text);
    if (canonical.isEmpty()) {
      return List.of();
    }
    if (canonical.length() > ExpandingFilter.MAX_EXPANDED_LENGTH) {
      return List.of(canonical);
    }
    List<String> terms = new ArrayList<>();
    terms.add(canonical);
    for (int start = 1; canonical.length() - start >= 2; start++) {
      terms.add(canonical.substring(start));
    }
    return terms;
  }

  private static final class PlateFilter extends ExpandingFilter {
    PlateFilter(TokenStream input) {
      super(input);
    }

    @Override
    List<String> expand(String term) {
      return expansions(term);
    }
  }

  private static final class PlateNormalizeFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    PlateNormalizeFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String normalized = Plates.normalize(term.toString());
      term.setEmpty().append(normalized);
      return true;
    }
  }
}
