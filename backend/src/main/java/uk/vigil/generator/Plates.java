package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * UK registration marks in the three styles still on the road: current ({@code AB12 CDE}, since
 * 2001), prefix ({@code A123 BCD}, 1983-2001) and suffix ({@code ABC 123D}, 1963-1983). Everything
 * after the first letter is a bijection of the vehicle's ordinal, so no two vehicles share a mark.
 */
final class Plates {
    /** Letters used in the random part of current marks (I and Q are never issued). */
    static final String LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";
    /** Year letters of prefix/suffix marks (I, O, Q, U and Z were not used). */
    private static final String YEAR_LETTERS = "ABCDEFGHJKLMNPRSTVWXY";
    private static final Map<String, Character> LOCAL_REGION = Map.of("Cumbria", 'P', "Lancashire", 'P');
    private static final String REGIONS = "ABCDEFGHKLMNOPRSVWY";
    private static final long SUFFIX_SPACE = 22L * 22 * 22 * 999 * YEAR_LETTERS.length();

    private final List<String> ageIdentifiers;
    private final long seed;

    Plates(LocalDate asOf, long seed) {
        this.seed = seed;
        List<String> ages = new ArrayList<>();
        for (int year = 2001; year <= asOf.getYear(); year++) {
            if (year > 2001 && !LocalDate.of(year, 3, 1).isAfter(asOf)) {
                ages.add(Identifiers.pad(year % 100, 2));
            }
            if (!LocalDate.of(year, 9, 1).isAfter(asOf)) {
                ages.add(Identifiers.pad(year % 100 + 50, 2));
            }
        }
        this.ageIdentifiers = List.copyOf(ages);
    }

    /** A mark for vehicle {@code ordinal}: mostly current style with the area's DVLA region letter. */
    String mark(Rng rng, long ordinal, String county) {
        double style = rng.unit();
        if (style < 0.85) {
            char region = rng.chance(0.75) && LOCAL_REGION.containsKey(county) ? LOCAL_REGION.get(county) : rng.pick(REGIONS);
            long space = (long) LETTERS.length() * ageIdentifiers.size() * 23 * 23 * 23;
            long n = Unique.permute(ordinal, space, seed ^ 0xC0FFEEL);
            String random = "" + LETTERS.charAt((int) (n % 23)) + LETTERS.charAt((int) (n / 23 % 23))
                    + LETTERS.charAt((int) (n / 529 % 23));
            n /= 12_167;
            String age = ageIdentifiers.get((int) (n % ageIdentifiers.size()));
            char second = LETTERS.charAt((int) (n / ageIdentifiers.size()));
            return "" + region + second + age + " " + random;
        }
        long n = Unique.permute(ordinal, SUFFIX_SPACE, seed ^ (style < 0.97 ? 0xBEEFL : 0xFEEDL));
        char year = YEAR_LETTERS.charAt((int) (n % YEAR_LETTERS.length()));
        n /= YEAR_LETTERS.length();
        int number = (int) (n % 999) + 1;
        n /= 999;
        String letters = "" + LETTERS.charAt((int) (n % 22)) + LETTERS.charAt((int) (n / 22 % 22))
                + LETTERS.charAt((int) (n / 484 % 22));
        return style < 0.97 ? year + Integer.toString(number) + " " + letters : letters + " " + number + year;
    }

    /** The mark with spaces removed: how the importer normalises it. */
    static String normalise(String mark) {
        return mark.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** A witness's partial mark: a prefix with one or two characters unknown ({@code ?}) and three or more known, e.g. {@code KX6?}. */
    static String partial(Rng rng, String mark) {
        String compact = normalise(mark);
        int keep = Math.min(compact.length(), rng.between(4, 6));
        char[] chars = compact.substring(0, keep).toCharArray();
        // at least three known characters: what a witness who noticed the plate at all recalls
        int unknown = keep >= 5 ? rng.between(1, 2) : 1;
        for (int i = 0; i < unknown; i++) {
            chars[rng.between(1, chars.length - 1)] = '?';
        }
        return new String(chars);
    }

    /** The mark as misread: O/0, I/1, S/5, B/8 or Z/2 confused once. Null when none of those appear. */
    static String confused(Rng rng, String mark) {
        String from = "O0I1S5B8Z2";
        String to = "0O1I5S8B2Z";
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < mark.length(); i++) {
            if (from.indexOf(mark.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return null;
        }
        int at = rng.pick(positions);
        char[] chars = mark.toCharArray();
        chars[at] = to.charAt(from.indexOf(chars[at]));
        return new String(chars);
    }
}
