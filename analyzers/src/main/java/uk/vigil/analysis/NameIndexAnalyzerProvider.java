package uk.vigil.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/** Registers {@link NameIndexAnalyzer} with Neo4j as {@value VigilAnalyzers#NAME_INDEX}. */
public final class NameIndexAnalyzerProvider extends AnalyzerProvider {

  public NameIndexAnalyzerProvider() {
    super(VigilAnalyzers.NAME_INDEX);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new NameIndexAnalyzer();
  }

  @Override
  public String description() {
    return "Names for an index: each name token plus, at the same position, its nickname groups (N_) and Double Metaphone codes (P_).";
  }
}
