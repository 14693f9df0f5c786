package uk.vigil.importer;

import java.util.Optional;

/**
 * A UK phone number as written ({@code 07700 900123}, {@code +44 (0)7700-900123},
 * {@code 0044 16977 2345}) and in E.164 ({@code +447700900123}). The national significant number
 * has 10 digits, or 9 for some area codes (01xxxx) and freephone (08xx); it never starts with 0.
 */
record UkPhoneNumber(String written, String e164) {

    static Optional<UkPhoneNumber> parse(String text) {
        String compact = text.replace("(0)", "").replaceAll("[\\s().\\-]", "");
        String national;
        if (compact.startsWith("+44")) {
            national = compact.substring(3);
        } else if (compact.startsWith("0044")) {
            national = compact.substring(4);
        } else if (compact.startsWith("0")) {
            national = compact.substring(1);
        } else {
            return Optional.empty();
        }
        if (!national.matches("[1-9][0-9]{8,9}")) {
            return Optional.empty();
        }
        char first = national.charAt(0);
        boolean nineDigitsAllowed = first == '1' || first == '8';
        if (first == '4' || first == '6' || (national.length() == 9 && !nineDigitsAllowed)) {
            return Optional.empty();
        }
        return Optional.of(new UkPhoneNumber(text, "+44" + national));
    }
}
