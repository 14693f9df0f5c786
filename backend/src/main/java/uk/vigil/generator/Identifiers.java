package uk.vigil.generator;

/**
 * Criminal justice reference numbers in their real formats. Serials come from {@link Unique}, so two
 * different people never share one by accident (a shared PNC id is a planted duplicate signal).
 */
final class Identifiers {
    /** The PNC's check-character alphabet: index = number mod 23 (no I, O or S). */
    private static final String CHECK = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXY";

    private Identifiers() {
    }

    /** PNC id {@code YYYY/NNNNNNNX}: year of first record, 7-digit serial, check letter over YY + serial. */
    static String pnc(int year, int index, long seed) {
        long serial = Unique.permute(index, 10_000_000L, seed ^ 0x504E43L);
        return year + "/" + pad(serial, 7) + pncCheck(year, serial);
    }

    static char pncCheck(int year, long serial) {
        return CHECK.charAt((int) (Long.parseLong(pad(year % 100, 2) + pad(serial, 7)) % 23));
    }

    /** CRO number {@code NNNNNN/YYX}; the check letter is computed as for the PNC (an assumption). */
    static String cro(int year, int index, long seed) {
        long serial = Unique.permute(index, 1_000_000L, seed ^ 0x43524FL);
        String yy = pad(year % 100, 2);
        return pad(serial, 6) + "/" + yy + CHECK.charAt((int) (Long.parseLong(yy + pad(serial, 6)) % 23));
    }

    /** Probation case reference number, e.g. {@code X123456}. */
    static String crn(int index, long seed) {
        long n = Unique.permute(index, 22_000_000L, seed ^ 0x43524EL);
        return LETTERS.charAt((int) (n / 1_000_000)) + pad(n % 1_000_000, 6);
    }

    /** Prison (NOMS) number, e.g. {@code A1234BC}: A-series for older records, G-series since about 2010. */
    static String noms(int index, int receptionYear, long seed) {
        long n = Unique.permute(index, 10_000L * 22 * 22, seed ^ 0x4E4F4DL);
        char series = receptionYear >= 2010 ? 'G' : 'A';
        long letters = n / 10_000;
        return series + pad(n % 10_000, 4) + LETTERS.charAt((int) (letters / 22)) + LETTERS.charAt((int) (letters % 22));
    }

    static String visor(int index, long seed) {
        return "VIS-" + pad(Unique.permute(index, 100_000_000L, seed ^ 0x564953L), 8);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
