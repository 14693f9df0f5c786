package uk.vigil.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Search's readings of one fragment another feature was given (the suspect search's partial
 * plate, phone fragment, name or description), so that feature matches exactly as the search box
 * does: the same normalisation, the same indexes and analyzers, the same escaped Lucene queries.
 * Each reading is {@code {index, analyzer, query, via, limit}}, for {@code db.index.fulltext.queryNodes}.
 */
public final class Fragments {
    private Fragments() {
    }

    /** A whole or partial plate ({@code P?24HA}, {@code PB24 HAM}, misread characters alike): null when it holds no plate. */
    public static Map<String, Object> plate(String fragment, int limit) {
        QueryText q = QueryText.parse(fragment);
        String lucene = LuceneQuery.plates(q.plates());
        return lucene == null ? null : reading(SearchIndexes.VEHICLE_PLATE, lucene, "PLATE", limit);
    }

    /** A phone number however written, or its last six or more digits: null when it holds no number. */
    public static Map<String, Object> phone(String fragment, int limit) {
        QueryText q = QueryText.parse(fragment);
        String lucene = LuceneQuery.phones(q.phones());
        return lucene == null ? null : reading(SearchIndexes.DEVICE_NUMBER, lucene, "NUMBER", limit);
    }

    /** A name given (exact or within search's edits, and by nickname or sound): empty when it holds no name. */
    public static List<Map<String, Object>> name(String fragment, int limit) {
        QueryText q = QueryText.parse(fragment);
        List<Map<String, Object>> readings = new ArrayList<>();
        String exact = LuceneQuery.names(q.names(), false);
        if (exact != null) {
            readings.add(reading(SearchIndexes.PERSON_NAME, exact, "NAME", limit));
            readings.add(reading(SearchIndexes.PERSON_VARIANT, LuceneQuery.variants(q.names()), "VARIANT", limit));
        }
        return readings;
    }

    /** Free-text words, any of which may match a physical description (English analyzer, as search reads descriptions). */
    public static Map<String, Object> description(List<String> words, int limit) {
        String lucene = LuceneQuery.words(words);
        return lucene == null ? null : reading(SearchIndexes.PERSON_DESCRIPTION, lucene, "DESCRIPTION", limit);
    }

    /** Which of the words the text holds, as search explains a description match (a shared stem of up to five letters). */
    public static List<String> found(List<String> words, String text) {
        return TextMatch.found(words, text);
    }

    private static Map<String, Object> reading(SearchIndexes.Reading r, String lucene, String via, int limit) {
        return Map.of("index", r.index(), "analyzer", r.analyzer(), "query", lucene, "via", via, "limit", limit);
    }
}
