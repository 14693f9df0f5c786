package uk.vigil.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/** Registers {@link PlateAnalyzer} with Neo4j as {@value VigilAnalyzers#PLATE}. */
public final class PlateAnalyzerProvider extends AnalyzerProvider {

  public PlateAnalyzerProvider() {
    super(VigilAnalyzers.PLATE);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new PlateAnalyzer();
  }

  @Override
  public String description() {
    return "Vehicle plates: canonical upper-case plate with look-alikes mapped (O0 I1 S5 B8 Z2), plus suffixes of 2+ characters.";
  }
}
