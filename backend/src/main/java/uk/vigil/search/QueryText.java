package uk.vigil.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.vigil.analysis.NameText;
import uk.vigil.analysis.PhoneNumbers;
import uk.vigil.common.InvalidRequestException;

/**
 * What a user typed in the search box, read every way it could be meant: names, dates of birth,
 * identifiers, number plates (with {@code ?} for an unknown character), phone numbers, postcodes
 * and plain words. Nothing here is Lucene syntax: {@link LuceneQuery} builds the queries from
 * these pieces and escapes them.
 */
public record QueryText(String raw, List<String> names, List<LocalDate> dates, List<Integer> years, List<String> identifiers,
                        List<String> plates, List<String> phones, List<String> postcodes, List<String> words,
                        List<String> handles, Romanisation romanised) {

    public static final int MAX_LENGTH = 200;
    private static final int MAX_TOKENS = 12;

    private static final Pattern DATE_DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FULL_POSTCODE = Pattern.compile("([A-Z]{1,2}\\d[A-Z\\d]?)(\\d[A-Z]{2})");
    private static final Pattern OUTWARD_CODE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?");
    private static final Pattern INWARD_CODE = Pattern.compile("\\d[A-Z]{2}");
    private static final Pattern WHOLE_PLATE = Pattern.compile("[A-Z0-9?*]{2,8}");
    private static final Pattern PLATE_PIECE = Pattern.compile("[A-Z0-9?*]{1,8}");
    private static final Pattern PHONE_PIECE = Pattern.compile("\\+?\\(?[\\d()-]+");
    private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}._%+-]+(@[\\p{L}\\p{N}.-]+)?");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /** Reads the query, or says plainly why it cannot be searched for. */
    public static QueryText parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidRequestException("Type something to search for: a name, plate, phone number, postcode or words.");
        }
        String raw = input.strip();
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidRequestException("A search can be at most " + MAX_LENGTH + " characters; this one has " + raw.length() + ".");
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            raw = raw.replaceAll("\\p{Cntrl}", " ").strip();
        }
        long known = LETTER_OR_DIGIT.matcher(raw).results().count();
        if (known < 2) {
            throw new InvalidRequestException(raw.matches("[\\s?*]+")
                    ? "Wildcards alone match everything: type at least two known letters or digits (KX6? for a plate)."
                    : "Type at least two letters or digits to search for.");
        }
        // Names typed in another script are read in Latin letters, as records are written.
        Romanisation romanised = Romanisation.of(raw);
        String text = romanised == null ? raw : romanised.latin();
        String[] pieces = text.split("[\\s,;]+");
        if (pieces.length > MAX_TOKENS) {
            throw new InvalidRequestException("A search can have at most " + MAX_TOKENS + " words; leave out the least telling ones.");
        }

        Set<String> names = new LinkedHashSet<>();
        List<LocalDate> dates = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        Set<String> identifiers = new LinkedHashSet<>();
        Set<String> plates = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> postcodes = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        Set<String> handles = new LinkedHashSet<>();

        List<String> rest = new ArrayList<>();
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            LocalDate date = date(piece);
            if (date != null) {
                dates.add(date);
                continue;
            }
            if (YEAR.matcher(piece).matches()) {
                years.add(Integer.parseInt(piece)); // "Smith 1985": born about then; ranks, never filters
            }
            rest.add(piece);
        }

        // Phone numbers and IMEIs are written in groups ("07700 900 123"): runs of number-only pieces.
        StringBuilder run = new StringBuilder();
        for (String piece : rest) {
            if (PHONE_PIECE.matcher(piece).matches()) {
                run.append(piece).append(' ');
            } else {
                addPhone(phones, run);
            }
        }
        addPhone(phones, run);

        for (int i = 0; i < rest.size(); i++) {
            String piece = rest.get(i);
            String upper = piece.toUpperCase(Locale.ROOT);
            String compact = upper.replaceAll("[^A-Z0-9?*]", "");
            boolean hasDigit = compact.chars().anyMatch(Character::isDigit);
            boolean hasLetter = compact.chars().anyMatch(Character::isLetter);

            // Postcodes: "CA1 2AB" (two pieces), "CA12AB", or the outward code alone.
            String next = i + 1 < rest.size() ? rest.get(i + 1).toUpperCase(Locale.ROOT) : "";
            if (OUTWARD_CODE.matcher(compact).matches() && INWARD_CODE.matcher(next).matches()) {
                postcodes.add(compact + " " + next);
            } else {
                Matcher full = FULL_POSTCODE.matcher(compact);
                if (full.matches()) {
                    postcodes.add(full.group(1) + " " + full.group(2));
                } else if (OUTWARD_CODE.matcher(compact).matches() && hasDigit) {
                    postcodes.add(compact);
                }
            }

            // Identifiers mix digits with letters or slashes (PNC 01/123456A, CRN X123456, VIS-00012345).
            if (hasDigit && (hasLetter || piece.contains("/")) && piece.length() >= 5 && piece.length() <= 20
                    && !piece.contains("?") && !piece.contains("*")) {
                identifiers.add(piece);
            }

            // Plates: a piece with a digit or an unknown character; a following short piece may be its second half.
            if (PLATE_PIECE.matcher(compact).matches() && (hasDigit || compact.contains("?"))
                    && (hasLetter || compact.contains("?"))) {
                String plate = compact;
                String nextCompact = next.replaceAll("[^A-Z0-9?*]", "");
                if (!nextCompact.isEmpty() && nextCompact.length() <= 4 && plate.length() + nextCompact.length() <= 8
                        && !nextCompact.contains("*") && !plate.contains("*") && nextCompact.matches("[A-Z0-9?]+")) {
                    plates.add(plate + nextCompact);
                }
                plates.add(plate);
            }

            if (piece.contains("@") || (piece.contains(".") && hasLetter && !hasDigit)) {
                Matcher h = HANDLE.matcher(piece.toLowerCase(Locale.ROOT));
                if (h.matches()) {
                    handles.add(piece.toLowerCase(Locale.ROOT).replaceFirst("^@", ""));
                }
            }

            if (!hasDigit && !piece.contains("@")) {
                for (String token : NameText.tokens(piece)) {
                    if (token.chars().anyMatch(Character::isLetter)) {
                        names.add(token);
                    }
                }
            }
            for (String token : NameText.tokens(piece)) {
                if (token.length() >= 2) {
                    words.add(token);
                }
            }
        }
        plates.removeIf(p -> p.replace("?", "").replace("*", "").length() < 2);
        // "KX61 ABC", "E32O KEL", "KHL 225B": the whole query reads as one plate, so its letters are
        // not names or words (a person called Kel would otherwise outrank the plate).
        String whole = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (pieces.length <= 2 && WHOLE_PLATE.matcher(whole).matches() && dates.isEmpty() && phones.isEmpty()
                && (whole.chars().anyMatch(Character::isDigit) || whole.contains("?"))
                && (whole.chars().anyMatch(Character::isLetter) || whole.contains("?"))) {
            plates.add(whole);
            names.clear();
            words.clear();
        }
        return new QueryText(raw, List.copyOf(names), List.copyOf(dates), List.copyOf(years), List.copyOf(identifiers),
                List.copyOf(plates), List.copyOf(phones), List.copyOf(postcodes), List.copyOf(words), List.copyOf(handles),
                romanised);
    }

    private static void addPhone(Set<String> phones, StringBuilder run) {
        if (run.toString().replaceAll("\\D", "").length() >= 6) {
            phones.add(PhoneNumbers.canonical(run.toString()));
        }
        run.setLength(0);
    }

    /** A date of birth as people write it: 12/03/1985, 12.3.85, 1985-03-12. Two-digit years are 19xx or 20xx, whichever is past. */
    static LocalDate date(String piece) {
        try {
            Matcher iso = DATE_ISO.matcher(piece);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dmy = DATE_DMY.matcher(piece);
            if (dmy.matches()) {
                int year = Integer.parseInt(dmy.group(3));
                if (dmy.group(3).length() == 2) {
                    int thisYear = LocalDate.now().getYear() % 100;
                    year += year <= thisYear ? 2000 : 1900;
                }
                return LocalDate.of(year, Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31/02/1980 is not a date: searched for as text
        }
        return null;
    }

    /** The date with day and month swapped, when that is a different valid date (a common slip). */
    static LocalDate swapped(LocalDate d) {
        if (d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue()) {
            return null;
        }
        try {
            return LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The words with a letter in them: what descriptions, conditions and intelligence are searched for (not "180" of a phone number). */
    List<String> textWords() {
        return words.stream().filter(w -> w.chars().anyMatch(Character::isLetter)).toList();
    }

    /** Every date of birth to look up: as written and with day and month swapped. */
    List<LocalDate> dateLookups() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : dates) {
            out.add(d);
            LocalDate s = swapped(d);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return names.isEmpty() && dates.isEmpty() && years.isEmpty() && identifiers.isEmpty() && plates.isEmpty() && phones.isEmpty()
                && postcodes.isEmpty() && words.isEmpty() && handles.isEmpty();
    }

    /** What the query was read as, for the response's {@code understood}. */
    List<String> understood() {
        List<String> out = new ArrayList<>();
        if (!names.isEmpty()) {
            out.add("NAME");
        }
        if (!dates.isEmpty() || !years.isEmpty()) {
            out.add("DATE_OF_BIRTH");
        }
        if (!identifiers.isEmpty()) {
            out.add("IDENTIFIER");
        }
        if (!plates.isEmpty()) {
            out.add("PLATE");
        }
        if (!phones.isEmpty()) {
            out.add("PHONE");
        }
        if (!postcodes.isEmpty()) {
            out.add("POSTCODE");
        }
        if (!handles.isEmpty()) {
            out.add("ACCOUNT");
        }
        if (!words.isEmpty()) {
            out.add("TEXT");
        }
        return out;
    }
}
