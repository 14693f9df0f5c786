package uk.vigil.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.vigil.search.SearchRequest.Kind;

/**
 * The full-text readings a search makes of its query: for each, the index, the analyzer that
 * reads the query, the Lucene query (built by {@link LuceneQuery}) and what it is ({@code via}).
 * One place, so the search and its benchmark can never ask different questions.
 *
 * @param people         person readings, run together
 * @param peopleFallback any-word names, run only when {@code people} finds nobody
 * @param dobs           dates of birth to look up (a date alone; with a name it only ranks)
 * @param linked         vehicle, device, account and address readings
 * @param intelligence   the intelligence query, or null
 */
record Readings(List<Map<String, Object>> people, List<Map<String, Object>> peopleFallback, List<LocalDate> dobs,
                List<Map<String, Object>> linked, String intelligence) {

    static Readings of(QueryText query, SearchRequest req) {
        List<Map<String, Object>> people = new ArrayList<>();
        List<Map<String, Object>> fallback = new ArrayList<>();
        List<LocalDate> dobs = List.of();
        if (req.wants(Kind.PERSON)) {
            add(people, SearchIndexes.PERSON_NAME, LuceneQuery.names(query.names(), req.typeahead()), "NAME");
            add(people, SearchIndexes.PERSON_VARIANT, LuceneQuery.variants(query.names()), "VARIANT");
            add(people, SearchIndexes.PERSON_IDENTIFIER, LuceneQuery.identifiers(query.identifiers()), "IDENTIFIER");
            if (!req.typeahead()) {
                add(people, SearchIndexes.PERSON_DESCRIPTION, LuceneQuery.allWords(query.textWords()), "DESCRIPTION");
                add(people, SearchIndexes.CONDITION_WORDING, LuceneQuery.allWords(query.textWords()), "CONDITION");
            }
            add(fallback, SearchIndexes.PERSON_NAME, LuceneQuery.anyName(query.names()), "NAME_ANY");
            dobs = query.names().isEmpty() ? query.dateLookups() : List.of();
        }
        List<Map<String, Object>> linked = new ArrayList<>();
        if (req.wants(Kind.VEHICLE)) {
            add(linked, SearchIndexes.VEHICLE_PLATE, LuceneQuery.plates(query.plates()), "PLATE");
            if (!req.typeahead()) {
                add(linked, SearchIndexes.VEHICLE_TEXT, LuceneQuery.words(query.textWords()), "VEHICLE_TEXT");
            }
        }
        if (req.wants(Kind.DEVICE)) {
            add(linked, SearchIndexes.DEVICE_NUMBER, LuceneQuery.phones(query.phones()), "NUMBER");
        }
        if (req.wants(Kind.ACCOUNT)) {
            add(linked, SearchIndexes.ACCOUNT_VALUE, LuceneQuery.handles(query.handles(), query.textWords()), "ACCOUNT");
        }
        if (req.wants(Kind.ADDRESS)) {
            add(linked, SearchIndexes.ADDRESS_TEXT, LuceneQuery.address(query.words(), query.postcodes()), "ADDRESS");
        }
        String intelligence = req.wants(Kind.INTELLIGENCE) ? LuceneQuery.allWords(query.textWords()) : null;
        return new Readings(people, fallback, dobs, linked, intelligence);
    }

    /**
     * Candidates per reading: names and identifiers keep the full 200 (a common name has many
     * bearers, all equally right); free text keeps the best 50 by BM25, as a text reading's deeper
     * hits cost access checks and are rarely what was meant.
     */
    static final int TEXT_LIMIT = 50;

    private static void add(List<Map<String, Object>> readings, SearchIndexes.Reading reading, String query, String via) {
        if (query != null && !query.isBlank()) {
            int limit = via.equals("DESCRIPTION") || via.equals("CONDITION") || via.equals("VEHICLE_TEXT")
                    || via.equals("ACCOUNT") ? TEXT_LIMIT : SearchService.CANDIDATE_LIMIT;
            readings.add(Map.of("index", reading.index(), "analyzer", reading.analyzer(), "query", query, "via", via,
                    "limit", limit));
        }
    }
}
