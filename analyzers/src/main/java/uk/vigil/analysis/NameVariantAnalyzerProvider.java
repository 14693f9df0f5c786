package uk.vigil.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/** Registers {@link NameVariantAnalyzer} with Neo4j as {@value VigilAnalyzers#NAME_VARIANT}. */
public final class NameVariantAnalyzerProvider extends AnalyzerProvider {

  public NameVariantAnalyzerProvider() {
    super(VigilAnalyzers.NAME_VARIANT);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new NameVariantAnalyzer();
  }

  @Override
  public String description() {
    return "Name variants: each name token replaced by its nickname groups (n_) and Double Metaphone codes (p_).";
  }
}
