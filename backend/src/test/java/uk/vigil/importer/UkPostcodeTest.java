package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UkPostcodeTest {

    @Test
    void any_spacing_and_case_becomes_upper_case_with_one_space() {
        assertThat(UkPostcode.parse("ca11qs")).hasValueSatisfying(p -> assertThat(p).hasToString("CA1 1QS"));
        assertThat(UkPostcode.parse(" CA11   7LU ")).hasValueSatisfying(p -> {
            assertThat(p).hasToString("CA11 7LU");
            assertThat(p.outward()).isEqualTo("CA11");
        });
        assertThat(UkPostcode.parse("SW1A 1AA")).isPresent();
        assertThat(UkPostcode.parse("M1 1AE")).isPresent();
        assertThat(UkPostcode.parse("GIR 0AA")).isPresent();
    }

    @Test
    void things_that_are_not_postcodes_are_refused() {
        assertThat(UkPostcode.parse("CA1")).isEmpty();
        assertThat(UkPostcode.parse("NOT A CODE")).isEmpty();
        assertThat(UkPostcode.parse("12345")).isEmpty();
        assertThat(UkPostcode.parse("CA1 1Q5")).isEmpty();
    }
}
