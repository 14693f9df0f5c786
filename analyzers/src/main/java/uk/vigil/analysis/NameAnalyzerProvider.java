package uk.vigil.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/** Registers {@link NameAnalyzer} with Neo4j as {@value VigilAnalyzers#NAME}. */
public final class NameAnalyzerProvider extends AnalyzerProvider {

  public NameAnalyzerProvider() {
    super(VigilAnalyzers.NAME);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new NameAnalyzer();
  }

  @Override
  public String description() {
    return "Names for exact and fuzzy matching: standard tokens, apostrophes removed, accents folded to ASCII, lower case.";
  }
}
