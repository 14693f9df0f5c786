package uk.vigil.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/** Registers {@link IdentifierAnalyzer} with Neo4j as {@value VigilAnalyzers#IDENTIFIER}. */
public final class IdentifierAnalyzerProvider extends AnalyzerProvider {

  public IdentifierAnalyzerProvider() {
    super(VigilAnalyzers.IDENTIFIER);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new IdentifierAnalyzer();
  }

  @Override
  public String description() {
    return "Identifiers: upper-case alphanumerics, plus the canonical PNC id (yy + 7-digit serial + letter) when it is one.";
  }
}
