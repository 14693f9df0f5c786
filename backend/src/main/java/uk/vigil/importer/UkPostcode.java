package uk.vigil.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode, upper-case with one space before the inward code ({@code CA1 1QS}). */
record UkPostcode(String outward, String inward) {
    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?|GIR");
    private static final Pattern INWARD = Pattern.compile("[0-9][A-Z]{2}");

    /** Accepts any spacing and case: {@code ca11qs}, {@code CA1  1QS}. */
    static Optional<UkPostcode> parse(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String outward = compact.substring(0, compact.length() - 3);
        String inward = compact.substring(compact.length() - 3);
        if (!OUTWARD.matcher(outward).matches() || !INWARD.matcher(inward).matches()
                || (outward.equals("GIR") && !inward.equals("0AA"))) {
            return Optional.empty();
        }
        return Optional.of(new UkPostcode(outward, inward));
    }

    @Override
    public String toString() {
        return outward + " " + inward;
    }
}
