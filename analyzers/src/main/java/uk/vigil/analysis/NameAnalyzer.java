package uk.vigil.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * {@value VigilAnalyzers#NAME}: StandardTokenizer, apostrophes deleted, ASCII-folded, lower case.
 * "Wiśniewski" gives {@code wisniewski}, "Smith-Jones" gives {@code smith, jones}, "O'Brien" gives
 * {@code obrien}. Query terms of fuzzy and wildcard queries get the same folding through
 * {@link #normalize(String, TokenStream)}.
 */
public final class NameAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, fold(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return fold(in);
  }

  /** The folding filters shared by the name analyzers, for tokens and for query-term normalisation. */
  static TokenStream fold(TokenStream in) {
    return new LowerCaseFilter(new ASCIIFoldingFilter(new ApostropheFilter(in)));
  }
}
