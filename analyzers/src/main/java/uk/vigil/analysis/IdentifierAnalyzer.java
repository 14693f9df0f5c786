package uk.vigil.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;

/**
 * {@value VigilAnalyzers#IDENTIFIER}: the whole value as each of its {@link Identifiers#forms
 * normalised forms}, at one position: "2001/0123456A" gives {@code 20010123456A, 010123456A}.
 * Query terms of wildcard and fuzzy queries are upper-cased (nothing is stripped).
 */
public final class IdentifierAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer source = new KeywordTokenizer();
    return new TokenStreamComponents(source, new IdentifierFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new UpperCaseFilter(in);
  }

  private static final class IdentifierFilter extends ExpandingFilter {
    IdentifierFilter(TokenStream input) {
      super(input);
    }

    @Override
    List<String> expand(String term) {
      return List.copyOf(Identifiers.forms(term));
    }
  }
}
