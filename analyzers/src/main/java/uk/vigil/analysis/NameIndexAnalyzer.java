package uk.vigil.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * {@value VigilAnalyzers#NAME_INDEX}: the {@link NameAnalyzer} token followed, at the same position,
 * by its {@link NameVariantAnalyzer} terms. Queried with {@value VigilAnalyzers#NAME} for exact,
 * prefix and fuzzy matches, and with {@value VigilAnalyzers#NAME_VARIANT} for nicknames and sounds.
 */
public final class NameIndexAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new WithVariants(NameAnalyzer.fold(source)));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return NameAnalyzer.fold(in);
  }

  private static final class WithVariants extends ExpandingFilter {
    WithVariants(TokenStream input) {
      super(input);
    }

    @Override
    List<String> expand(String term) {
      List<String> terms = new ArrayList<>();
      terms.add(term);
      for (String variant : NameVariantAnalyzer.variants(term)) {
        if (!variant.equals(term)) {
          terms.add(variant);
        }
      }
      return terms;
    }
  }
}
