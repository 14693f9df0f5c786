package uk.vigil.importer;

import java.util.Map;

/**
 * A row that passed its checks: its line in the file, its key and its parsed values by column name
 * (empty fields absent). Values are String, Long, Double, Boolean, LocalDate, ZonedDateTime,
 * List of String, {@link UkPostcode}, {@link UkPhoneNumber} or a JTS {@code Geometry} (an exclusion zone's, checked by {@code ZoneGeoJson.read}).
 */
record Row(long line, String id, Map<String, Object> values) {
}
