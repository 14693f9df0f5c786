package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UkPhoneNumberTest {

    private static String e164(String written) {
        return UkPhoneNumber.parse(written).map(UkPhoneNumber::e164).orElse(null);
    }

    @Test
    void common_writings_of_one_mobile_number_normalise_alike() {
        assertThat(e164("07700 900123")).isEqualTo("+447700900123");
        assertThat(e164("07700-900-123")).isEqualTo("+447700900123");
        assertThat(e164("+44 7700 900123")).isEqualTo("+447700900123");
        assertThat(e164("+44 (0)7700 900123")).isEqualTo("+447700900123");
        assertThat(e164("0044 7700 900123")).isEqualTo("+447700900123");
        assertThat(e164("(07700) 900123")).isEqualTo("+447700900123");
    }

    @Test
    void landlines_with_short_area_numbers_and_freephone() {
        assertThat(e164("01228 812000")).isEqualTo("+441228812000");
        assertThat(e164("016977 2345")).isEqualTo("+44169772345");
        assertThat(e164("0800 123456")).isEqualTo("+44800123456");
        assertThat(e164("020 7946 0000")).isEqualTo("+442079460000");
    }

    @Test
    void numbers_that_are_not_uk_numbers_are_refused() {
        assertThat(e164("12345")).isNull();
        assertThat(e164("+1 202 555 0100")).isNull();
        assertThat(e164("07700 90012")).isNull(); // a mobile needs 10 digits after the 0
        assertThat(e164("0400 123 4567")).isNull();
        assertThat(e164("07700 900abc")).isNull();
    }
}
