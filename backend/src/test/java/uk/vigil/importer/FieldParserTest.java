package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldParserTest {

    private static Object parse(Column column, String raw) {
        return FieldParser.parse(column, raw);
    }

    private static void rejects(Column column, String raw, String reason) {
        assertThatThrownBy(() -> FieldParser.parse(column, raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }

    @Test
    void dates_are_strict_iso_and_say_what_was_expected() {
        Column dob = Column.of("dob", ColumnType.DATE);
        assertThat(parse(dob, "1980-02-29")).isEqualTo(LocalDate.of(1980, 2, 29));
        rejects(dob, "31/02/1980", "dob '31/02/1980' is not a date (expected YYYY-MM-DD)");
        rejects(dob, "1981-02-29", "dob '1981-02-29' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void datetimes_are_iso_instants_kept_in_utc() {
        Column at = Column.of("entered_at", ColumnType.DATETIME);
        assertThat(parse(at, "2024-03-31T10:15:00Z")).isEqualTo(ZonedDateTime.of(2024, 3, 31, 10, 15, 0, 0, ZoneOffset.UTC));
        assertThat(parse(at, "2024-03-31T11:15:00+01:00")).isEqualTo(parse(at, "2024-03-31T10:15:00Z"));
        rejects(at, "2024-03-31 10:15", "entered_at '2024-03-31 10:15' is not a date-time (expected an ISO instant such as 2024-03-31T10:15:00Z)");
    }

    @Test
    void enums_take_exactly_the_listed_values() {
        Column sex = Column.enumOf("sex", "M", "F", "X", "U");
        assertThat(parse(sex, "F")).isEqualTo("F");
        rejects(sex, "f", "sex 'f' is not one of M, F, X, U");
    }

    @Test
    void whole_numbers_decimals_and_bools() {
        assertThat(parse(Column.of("height_cm", ColumnType.INT), "180")).isEqualTo(180L);
        rejects(Column.of("height_cm", ColumnType.INT), "6ft", "height_cm '6ft' is not a whole number");
        rejects(Column.of("level", ColumnType.INT).between(1, 3), "4", "level '4' is not between 1 and 3");
        assertThat(parse(Column.of("score", ColumnType.DECIMAL), "71.5")).isEqualTo(71.5);
        rejects(Column.of("score", ColumnType.DECIMAL), "NaN", "score 'NaN' is not a number");
        assertThat(parse(Column.of("vulnerable", ColumnType.BOOL), "TRUE")).isEqualTo(true);
        rejects(Column.of("vulnerable", ColumnType.BOOL), "yes", "vulnerable 'yes' is not true or false");
    }

    @Test
    void coordinates_must_be_inside_the_uk() {
        assertThat(parse(Column.of("lat", ColumnType.LAT), "54.8912")).isEqualTo(54.8912);
        assertThat(parse(Column.of("lng", ColumnType.LNG), "-2.9221")).isEqualTo(-2.9221);
        rejects(Column.of("lat", ColumnType.LAT), "62.5", "lat '62.5' is outside the UK (lat 49.8..60.9, lng -8.7..1.8)");
        rejects(Column.of("lng", ColumnType.LNG), "-9.1", "lng '-9.1' is outside the UK (lat 49.8..60.9, lng -8.7..1.8)");
        rejects(Column.of("lat", ColumnType.LAT), "north", "lat 'north' is not a number");
    }

    @Test
    void lists_split_on_semicolons_and_check_their_values() {
        Column types = Column.listOf("place_types", "SCHOOL", "SWIMMING_POOL");
        assertThat(parse(types, "SWIMMING_POOL; SCHOOL")).isEqualTo(List.of("SWIMMING_POOL", "SCHOOL"));
        rejects(types, "SCHOOL;BEACH", "place_types value 'BEACH' is not one of SCHOOL, SWIMMING_POOL");
    }

    @Test
    void formats_imei_time_postcode_and_phone() {
        assertThat(parse(Column.of("imei", ColumnType.IMEI), "356938035643809")).isEqualTo("356938035643809");
        rejects(Column.of("imei", ColumnType.IMEI), "3569380356438", "imei '3569380356438' is not 15 digits");
        rejects(Column.of("curfew_start", ColumnType.TIME), "7pm", "curfew_start '7pm' is not a time (expected HH:MM, 24-hour)");
        assertThat(parse(Column.of("postcode", ColumnType.POSTCODE), "ca11 7lu")).hasToString("CA11 7LU");
        rejects(Column.of("postcode", ColumnType.POSTCODE), "CA1", "postcode 'CA1' is not a UK postcode");
        rejects(Column.of("phone_number", ColumnType.PHONE), "555-1234", "phone_number '555-1234' is not a valid UK phone number");
    }

    @Test
    void a_bad_geometry_names_the_column() {
        rejects(Column.of("geometry", ColumnType.GEOJSON), "{\"type\":\"LineString\",\"coordinates\":[]}",
                "geometry type LineString is not Polygon, MultiPolygon or Point");
    }
}
