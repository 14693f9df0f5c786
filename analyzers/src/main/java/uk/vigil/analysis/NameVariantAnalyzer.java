package uk.vigil.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * {@value VigilAnalyzers#NAME_VARIANT}: the {@link NameAnalyzer} chain, then each name token is
 * replaced, at its position, by {@code N_<group>} for each of its {@link Nicknames#groups nickname
 * groups} and {@code P_<CODE>} for each of its {@link Phonetics#codes Double Metaphone codes}.
 * A token with neither is dropped. "William" and "Bill" share {@code N_william}. The prefixes are
 * upper case so that no lower-case name term, however fuzzy, can reach a variant term when both
 * live in one index ({@link NameIndexAnalyzer}).
 */
public final class NameVariantAnalyzer extends Analyzer {
  static final String GROUP_PREFIX = "N_";
  static final String PHONETIC_PREFIX = "P_";

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new VariantFilter(NameAnalyzer.fold(source)));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return NameAnalyzer.fold(in);
  }

  /** The variant terms of one folded name token, in the order the analyzer emits them. */
  static List<String> variants(String foldedName) {
    List<String> terms = new ArrayList<>();
    for (String group : Nicknames.groups(foldedName)) {
      terms.add(GROUP_PREFIX + group);
    }
    for (String code : Phonetics.codes(foldedName)) {
      terms.add(PHONETIC_PREFIX + code);
    }
    return terms;
  }

  private static final class VariantFilter extends ExpandingFilter {
    VariantFilter(TokenStream input) {
      super(input);
    }

    @Override
    List<String> expand(String term) {
      return variants(term);
    }
  }
}
