/**
 * The one search box: what the user typed ({@link uk.vigil.search.QueryText}), the full-text
 * queries built from it ({@link uk.vigil.search.LuceneQuery}), candidates from the indexes as the
 * viewer may find them ({@code cypher/queries/search/}), and ranking with the reason for each
 * match ({@link uk.vigil.search.PersonRanker} and friends). See docs/search.md.
 */
package uk.vigil.search;
