package uk.vigil.analysis;

/**
 * Names of Vigil's analyzers as registered with Neo4j full-text indexes, e.g.
 * {@code CREATE FULLTEXT INDEX ... OPTIONS {indexConfig: {`fulltext.analyzer`: 'vigil-name'}}}.
 * The providers are found by Neo4j through {@code META-INF/services/org.neo4j.graphdb.schema.AnalyzerProvider}.
 */
public final class VigilAnalyzers {
  /** Exact and fuzzy name tokens: standard tokens, apostrophes removed, ASCII-folded, lower case. */
  public static final String NAME = "vigil-name";
  /** Name variants: each name token replaced by its nickname groups ({@code N_}) and Double Metaphone codes ({@code P_}). */
  public static final String NAME_VARIANT = "vigil-name-variant";
  /**
   * What a name index stores: each {@link #NAME} token and, at the same position, its
   * {@link #NAME_VARIANT} terms. Neo4j allows one full-text index per label and property, so one
   * index holds both and each query picks its reading with the query-time analyzer option.
   */
  public static final String NAME_INDEX = "vigil-name-index";
  /** Vehicle registration marks: canonical plate plus its suffixes (partial plates). */
  public static final String PLATE = "vigil-plate";
  /** Phone numbers (and IMEIs): international digits plus suffixes of at least six digits. */
  public static final String PHONE = "vigil-phone";
  /** Criminal-justice identifiers: compact upper-case form plus the canonical PNC id when it is one. */
  public static final String IDENTIFIER = "vigil-identifier";

  private VigilAnalyzers() {}
}
