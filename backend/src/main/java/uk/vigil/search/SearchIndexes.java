package uk.vigil.search;

import uk.vigil.analysis.VigilAnalyzers;

/**
 * The full-text indexes of migration V0006 and the analyzer each query reads its text with: the
 * only index and analyzer names a search may use.
 */
final class SearchIndexes {
    /** An index read one way. */
    record Reading(String index, String analyzer) {
    }

    static final Reading PERSON_NAME = new Reading("search_person_name", VigilAnalyzers.NAME);
    static final Reading PERSON_VARIANT = new Reading("search_person_name", VigilAnalyzers.NAME_VARIANT);
    static final Reading PERSON_IDENTIFIER = new Reading("search_person_identifier", VigilAnalyzers.IDENTIFIER);
    static final Reading PERSON_DESCRIPTION = new Reading("search_person_description", "english");
    static final Reading CONDITION_WORDING = new Reading("search_condition_wording", "english");
    static final Reading VEHICLE_PLATE = new Reading("search_vehicle_plate", VigilAnalyzers.PLATE);
    static final Reading VEHICLE_TEXT = new Reading("search_vehicle_text", "standard-folding");
    static final Reading DEVICE_NUMBER = new Reading("search_device_number", VigilAnalyzers.PHONE);
    static final Reading ACCOUNT_VALUE = new Reading("search_account_value", "standard-folding");
    static final Reading ADDRESS_TEXT = new Reading("search_address_text", "standard-folding");

    private SearchIndexes() {
    }
}
