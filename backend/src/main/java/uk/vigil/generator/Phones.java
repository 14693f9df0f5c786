package uk.vigil.generator;

import java.util.List;

/**
 * UK mobile numbers (07[4-9]xx xxxxxx, unique per device ordinal) written the ways people write
 * them, and IMEIs whose last digit is the Luhn check digit over the TAC and serial.
 */
final class Phones {
    private static final long MOBILE_SPACE = 600_000_000L;

    /** Type allocation codes (the first 8 IMEI digits identify make and model). */
    record Handset(String tac, String make, String model) {
    }

    static final List<Handset> HANDSETS = List.of(
            new Handset("35328811", "Apple", "iPhone 11"), new Handset("35391110", "Apple", "iPhone 12"),
            new Handset("35467811", "Apple", "iPhone 13"), new Handset("35089580", "Apple", "iPhone 14"),
            new Handset("35615421", "Apple", "iPhone 15"), new Handset("35260311", "Samsung", "Galaxy S21"),
            new Handset("35092481", "Samsung", "Galaxy S22"), new Handset("35425112", "Samsung", "Galaxy A14"),
            new Handset("35287466", "Samsung", "Galaxy A54"), new Handset("35181975", "Samsung", "Galaxy A12"),
            new Handset("35847612", "Google", "Pixel 7"), new Handset("35964218", "Google", "Pixel 8"),
            new Handset("86769304", "Xiaomi", "Redmi Note 12"), new Handset("86123405", "Huawei", "P30 Lite"),
            new Handset("35739912", "Motorola", "Moto G54"), new Handset("35210088", "Nokia", "105"),
            new Handset("35442910", "Nokia", "3310"), new Handset("35688212", "Alcatel", "1066"),
            new Handset("86295006", "OnePlus", "Nord CE 3"), new Handset("35374610", "Doro", "6820"));

    private Phones() {
    }

    /** The national significant form 07xxxxxxxxx, unique for each device ordinal. */
    static String mobile(long ordinal, long seed) {
        long n = Unique.permute(ordinal, MOBILE_SPACE, seed ^ 0x07L);
        return "07" + (4 + n / 100_000_000) + Identifiers.pad(n % 100_000_000, 8);
    }

    /** The same number written one of the common ways; the importer normalises all of them. */
    static String written(String national, int style) {
        String rest = national.substring(1);
        return switch (style) {
            case 0 -> national.substring(0, 5) + " " + national.substring(5);
            case 1 -> national;
            case 2 -> "+44 " + rest.substring(0, 4) + " " + rest.substring(4);
            case 3 -> "+44" + rest;
            default -> national.substring(0, 5) + " " + national.substring(5, 8) + " " + national.substring(8);
        };
    }

    static final int STYLES = 5;

    static String e164(String national) {
        return "+44" + national.substring(1);
    }

    /** The handset and IMEI of device {@code ordinal}: TAC and serial together are a bijection, so IMEIs never repeat. */
    static Handset handset(long ordinal, long seed) {
        return HANDSETS.get((int) (imeiCode(ordinal, seed) / 1_000_000));
    }

    static String imei(long ordinal, long seed) {
        long n = imeiCode(ordinal, seed);
        String body = HANDSETS.get((int) (n / 1_000_000)).tac() + Identifiers.pad(n % 1_000_000, 6);
        return body + luhnCheckDigit(body);
    }

    private static long imeiCode(long ordinal, long seed) {
        return Unique.permute(ordinal, HANDSETS.size() * 1_000_000L, seed ^ 0x1E1L);
    }

    /** Luhn over the 14 digits: double every second digit from the right, sum digits, round up to ten. */
    static int luhnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean luhnValid(String digits) {
        return luhnCheckDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }
}
