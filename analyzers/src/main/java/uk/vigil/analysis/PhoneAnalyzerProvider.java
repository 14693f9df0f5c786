package uk.vigil.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/** Registers {@link PhoneAnalyzer} with Neo4j as {@value VigilAnalyzers#PHONE}. */
public final class PhoneAnalyzerProvider extends AnalyzerProvider {

  public PhoneAnalyzerProvider() {
    super(VigilAnalyzers.PHONE);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new PhoneAnalyzer();
  }

  @Override
  public String description() {
    return "Phone numbers and IMEIs: international digits without +, plus suffixes of 6+ digits.";
  }
}
