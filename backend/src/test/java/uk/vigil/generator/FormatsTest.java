package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reference numbers, plates, phones, IMEIs and postcodes are in their real formats and never collide. */
class FormatsTest {

    @Test
    void imei_check_digit_is_luhn() {
        assertThat(Phones.luhnValid("490154203237518")).isTrue(); // the example IMEI of 3GPP TS 23.003
        assertThat(Phones.luhnValid("490154203237519")).isFalse();
        for (long i = 0; i < 1000; i++) {
            String imei = Phones.imei(i, 42);
            assertThat(imei).hasSize(15).containsOnlyDigits();
            assertThat(Phones.luhnValid(imei)).isTrue();
        }
    }

    @Test
    void pnc_ids_have_the_right_shape_and_check_letter() {
        // 2-digit year + 7-digit serial mod 23 indexes ZABCDEFGHJKLMNPQRTUVWXY
        assertThat(Identifiers.pncCheck(2001, 123_456)).isEqualTo("ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (10_123_456L % 23)));
        String pnc = Identifiers.pnc(1998, 5, 42);
        assertThat(pnc).matches("\\d{4}/\\d{7}[A-Z]");
        assertThat(Identifiers.cro(1998, 5, 42)).matches("\\d{6}/\\d{2}[A-Z]");
        assertThat(Identifiers.crn(5, 42)).matches("[A-Z]\\d{6}");
        assertThat(Identifiers.noms(5, 2015, 42)).matches("G\\d{4}[A-Z]{2}");
        assertThat(Identifiers.visor(5, 42)).matches("VIS-\\d{8}");
        assertThat(SearchQueries.shortPnc("2001/0123456A")).isEqualTo("01/123456A");
    }

    @Test
    void permutation_is_a_bijection() {
        long space = 100_003;
        BitSet seen = new BitSet();
        for (long i = 0; i < space; i++) {
            long v = Unique.permute(i, space, 42);
            assertThat(v).isBetween(0L, space - 1);
            assertThat(seen.get((int) v)).isFalse();
            seen.set((int) v);
        }
    }

    @Test
    void plates_are_valid_unique_and_never_from_the_future() {
        Plates plates = new Plates(LocalDate.of(2026, 11, 1), 42);
        Set<String> seen = new HashSet<>();
        Rng rng = Rng.of(1, Rng.Stream.WORLD, 1);
        for (long i = 0; i < 50_000; i++) {
            String mark = plates.mark(rng, i * 3, "Cumbria");
            assertThat(Plates.normalise(mark)).matches(Contract.VRM);
            assertThat(seen.add(Plates.normalise(mark))).as(mark).isTrue();
            if (mark.matches("[A-Z]{2}\\d{2} [A-Z]{3}")) {
                int age = Integer.parseInt(mark.substring(2, 4));
                assertThat(age).isNotIn(27, 77);
            }
        }
        assertThat(Plates.confused(rng, "KX05 ABC")).isIn("KXO5 ABC", "KX0S ABC", "KX05 A8C");
        assertThat(Plates.partial(rng, "KX65 ABC")).matches("K[A-Z0-9?]{3,5}").contains("?");
    }

    @Test
    void phone_numbers_are_uk_mobiles_in_every_writing() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 20_000; i++) {
            String national = Phones.mobile(i, 42);
            assertThat(national).matches("07[4-9]\\d{8}");
            assertThat(seen.add(national)).isTrue();
            for (int style = 0; style < Phones.STYLES; style++) {
                assertThat(Contract.e164(Phones.written(national, style))).isEqualTo(Phones.e164(national));
            }
        }
    }

    @Test
    void postcodes_are_well_formed_and_local() {
        Rng rng = Rng.of(3, Rng.Stream.WORLD, 3);
        Town carlisle = Towns.of(ReferenceData.get(), "Cumbria").stream().filter(t -> t.name().equals("Carlisle")).findFirst().orElseThrow();
        for (long i = 0; i < 2_000; i++) {
            Address a = Address.residential("A" + i, i, carlisle, carlisle.somewhere(rng), rng, 42);
            assertThat(a.postcode()).matches(Contract.POSTCODE).startsWith("CA");
        }
        for (String county : new String[] {"Kent", "Greater London", "Fife", "Lancashire"}) {
            for (Town t : Towns.of(ReferenceData.get(), county)) {
                String postcode = t.district(rng) + " " + Postcodes.inward(rng.below(Postcodes.INWARD_CODES));
                assertThat(postcode).as(county + " " + t.name()).matches(Contract.POSTCODE);
            }
        }
    }

    @Test
    void names_vary_the_way_records_do() {
        Rng rng = Rng.of(5, Rng.Stream.WORLD, 5);
        assertThat(NameVariants.transliterations("Mohammed")).contains("Muhammad", "Mohamed");
        assertThat(NameVariants.transliterations("Khan")).contains("Kahn");
        assertThat(NameVariants.transliterations("Wiśniewski")).contains("Wisniewski");
        assertThat(Names.ascii("Łukasz Wójcik")).isEqualTo("Lukasz Wojcik");
        for (int i = 0; i < 200; i++) {
            assertThat(NameVariants.misspell(rng, "Thompson")).isNotEqualToIgnoringCase("Thompson");
        }
        assertThat(ReferenceData.get().nicknames.of("William")).contains("Bill");
    }
}
