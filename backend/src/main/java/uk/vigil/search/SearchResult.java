package uk.vigil.search;

import java.util.List;
import java.util.Map;

/** One page of a search, with facet counts over every result the viewer may see. */
public record SearchResult(String searchId, String query, List<String> understood, long total, boolean capped,
                           int page, int size, List<SearchHit> items, Map<String, Map<String, Long>> facets,
                           List<String> notices) {
}
