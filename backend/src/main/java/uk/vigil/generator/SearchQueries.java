package uk.vigil.generator;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The search-quality query set: what an analyst types, and the record it must find. A nominal
 * contributes a query of a kind with a small probability, so the first {@link Truths#QUERY_CAP}
 * of each kind spread over the start of the dataset rather than bunching on the first nominals.
 */
final class SearchQueries {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SearchQueries() {
    }

    static String describe(String kind) {
        return switch (kind) {
            case "MISSPELLING" -> "Full name with a typing slip (letters swapped, dropped, doubled, vowel changed).";
            case "NICKNAME" -> "Forename given as a nickname from nicknames.csv (Bill for William).";
            case "PHONETIC" -> "A sound-alike spelling of the forename or surname (Steven/Stephen, Thomson/Thompson).";
            case "TRANSLITERATION" -> "Another romanisation or the diacritics dropped (Muhammad/Mohammed, Wisniewski/Wiśniewski).";
            case "ALIAS" -> "An alias from aliases.csv; expectedId is the person holding it.";
            case "DOB_SWAPPED" -> "Name with the date of birth (dd/mm/yyyy) with day and month swapped.";
            case "PARTIAL_PLATE" -> "The start of a registration mark, spaces removed, `?` = one unknown character, "
                    + "at least three characters known: a plate matches when it begins with the pattern.";
            case "PLATE_CONFUSION" -> "A registration mark with one of O/0, I/1, S/5, B/8, Z/2 misread.";
            case "PHONE_FORMAT" -> "A phone number written differently from how it is stored (all normalise to one E.164 number).";
            case "IDENTIFIER_FORMAT" -> "A PNC id, CRO number, CRN or NOMS number written another common way "
                    + "(short-year PNC without leading zeros, no slash, lower case).";
            default -> kind;
        };
    }

    private static boolean chosen(Bundle b, String kind) {
        double p = Math.min(1.0, 4.0 * Truths.QUERY_CAP / b.world.nominals());
        return Rng.of(b.world.seed, Rng.Stream.SEARCH, b.p.index(), Rng.hash(kind)).chance(p);
    }

    private static Rng rng(Bundle b, String kind) {
        return Rng.of(b.world.seed, Rng.Stream.SEARCH, b.p.index(), Rng.hash(kind) + 1);
    }

    private static void add(Bundle b, String kind, String query, String expectedId, String type, String note) {
        if (query != null && !query.isBlank()) {
            b.out.truths.queries(kind).add(new Truths.Query(query, kind, expectedId, type, note));
        }
    }

    /** Name and identifier queries for a nominal's own record. */
    static void identity(Bundle b, String pnc, String cro, String crn, String noms) {
        Names.Name n = b.p.name();
        String id = b.p.id();
        if (chosen(b, "MISSPELLING")) {
            Rng rng = rng(b, "MISSPELLING");
            String query = rng.chance(0.6) ? n.forename() + " " + NameVariants.misspell(rng, n.surname())
                    : NameVariants.misspell(rng, n.forename()) + " " + n.surname();
            add(b, "MISSPELLING", query, id, "PERSON", n.full());
        }
        List<String> nicknames = b.world.reference.nicknames.of(n.forename());
        if (!nicknames.isEmpty() && chosen(b, "NICKNAME")) {
            add(b, "NICKNAME", rng(b, "NICKNAME").pick(nicknames) + " " + n.surname(), id, "PERSON", n.full());
        }
        if (chosen(b, "PHONETIC")) {
            Rng rng = rng(b, "PHONETIC");
            String surname = NameVariants.soundAlike(rng, n.surname());
            String forename = NameVariants.soundAlike(rng, n.forename());
            String query = surname != null && (forename == null || rng.chance(0.5)) ? n.forename() + " " + surname
                    : forename != null ? forename + " " + n.surname() : null;
            add(b, "PHONETIC", query, id, "PERSON", n.full());
        }
        List<String> fs = NameVariants.transliterations(n.forename());
        List<String> ss = NameVariants.transliterations(n.surname());
        if ((!fs.isEmpty() || !ss.isEmpty()) && chosen(b, "TRANSLITERATION")) {
            Rng rng = rng(b, "TRANSLITERATION");
            add(b, "TRANSLITERATION", (fs.isEmpty() ? n.forename() : rng.pick(fs)) + " " + (ss.isEmpty() ? n.surname() : rng.pick(ss)),
                    id, "PERSON", n.full());
        }
        int day = b.p.dob().getDayOfMonth();
        int month = b.p.dob().getMonthValue();
        if (day <= 12 && day != month && chosen(b, "DOB_SWAPPED")) {
            var swapped = b.p.dob().withDayOfMonth(1).withMonth(day).withDayOfMonth(month);
            add(b, "DOB_SWAPPED", n.full() + " " + swapped.format(UK_DATE), id, "PERSON", "dob " + b.p.dob().format(UK_DATE));
        }
        if (chosen(b, "IDENTIFIER_FORMAT")) {
            Rng rng = rng(b, "IDENTIFIER_FORMAT");
            String query = switch (rng.below(4)) {
                case 0 -> shortPnc(pnc);
                case 1 -> pnc.replace("/", "");
                case 2 -> cro != null ? cro.replace("/", "") : shortPnc(pnc);
                default -> crn != null ? Names.lower(crn) : noms != null ? Names.lower(noms) : Names.lower(pnc);
            };
            add(b, "IDENTIFIER_FORMAT", query, id, "PERSON", "pnc " + pnc);
        }
    }

    /** {@code 2001/0123456A} written the short way: {@code 01/123456A}. */
    static String shortPnc(String pnc) {
        String year = pnc.substring(2, 4);
        String serial = pnc.substring(5, 12).replaceFirst("^0+(?=\\d)", "");
        return year + "/" + serial + pnc.charAt(12);
    }

    static void alias(Bundle b, String forename, String surname) {
        if (chosen(b, "ALIAS")) {
            String query = ((forename == null ? "" : forename) + " " + (surname == null ? b.p.name().surname() : surname)).trim();
            add(b, "ALIAS", query, b.p.id(), "PERSON", "alias of " + b.p.name().full());
        }
    }

    static void phone(Bundle b, String deviceId, String written, String national) {
        if (chosen(b, "PHONE_FORMAT")) {
            Rng rng = rng(b, "PHONE_FORMAT");
            String other = written;
            for (int i = 0; i < 10 && other.equals(written); i++) {
                other = Phones.written(national, rng.below(Phones.STYLES));
            }
            add(b, "PHONE_FORMAT", other, deviceId, "DEVICE", "stored as " + written);
        }
    }

    static void vehicle(Bundle b, String vehicleId, String vrm) {
        if (chosen(b, "PARTIAL_PLATE")) {
            add(b, "PARTIAL_PLATE", Plates.partial(rng(b, "PARTIAL_PLATE"), vrm), vehicleId, "VEHICLE", vrm);
        }
        if (chosen(b, "PLATE_CONFUSION")) {
            add(b, "PLATE_CONFUSION", Plates.confused(rng(b, "PLATE_CONFUSION"), vrm), vehicleId, "VEHICLE", vrm);
        }
    }
}
