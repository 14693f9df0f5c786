package uk.vigil.suspect;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.PurposeRequiredException;

/**
 * A suspect search as asked, checked: the place (a point, an address id or a postcode) and radius,
 * the time window, the offence and what is known of the suspect, the fragments, the victim, and the
 * purpose (a crime reference). Enumerations pass an allowlist; numbers, lengths and the window are
 * bounded, so nothing unbounded reaches a query (docs/suspects.md, "Inputs").
 */
public record SuspectRequest(String purpose, Double lat, Double lng, String addressId, String postcode, int radiusM,
                             LocalDateTime from, LocalDateTime to, String offenceType, String suspectSex,
                             Integer suspectAgeFrom, Integer suspectAgeTo, String suspectName, String suspectDescription,
                             List<String> descriptionWords, String method, List<String> methodWords, String vehicle,
                             String phone, Integer victimAge, String victimSex, SuspectFactor sort, int size,
                             boolean includeRuledOut) {

    public static final int MIN_RADIUS_M = 50;
    public static final int MAX_RADIUS_M = 20_000;
    public static final int DEFAULT_RADIUS_M = 2_000;
    public static final Duration MAX_WINDOW = Duration.ofDays(14);
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 25;
    static final int MAX_TEXT = 500;
    static final int MAX_WORDS = 30;

    static final Set<String> OFFENCE_TYPES = Set.of("RAPE", "SEXUAL_ASSAULT", "SEXUAL_ACTIVITY_WITH_CHILD",
            "INDECENT_IMAGES", "GROOMING", "EXPOSURE", "VOYEURISM", "MURDER", "MANSLAUGHTER", "GBH", "ABH", "ROBBERY",
            "ARSON", "KIDNAPPING", "STALKING", "HARASSMENT", "DOMESTIC_ABUSE", "BURGLARY", "OTHER");
    static final Set<String> SEXUAL = Set.of("RAPE", "SEXUAL_ASSAULT", "SEXUAL_ACTIVITY_WITH_CHILD", "INDECENT_IMAGES",
            "GROOMING", "EXPOSURE", "VOYEURISM");
    private static final Set<String> SEXES = Set.of("M", "F");
    private static final Pattern CRIME_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/ ._-]{2,39}");
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
    private static final Set<String> KNOWN_FIELDS = Set.of("purpose", "lat", "lng", "addressId", "postcode", "radiusM",
            "from", "to", "offenceType", "suspectSex", "suspectAgeFrom", "suspectAgeTo", "suspectName",
            "suspectDescription", "method", "vehicle", "phone", "victimAge", "victimSex", "sort", "size", "includeRuledOut");
    /** Words that describe nearly everyone, or only the shape of the sentence: they carry no weight. */
    static final Set<String> NOISE = Set.of("a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "with", "his",
            "her", "he", "she", "was", "is", "had", "has", "about", "aged", "age", "years", "year", "old", "man", "male",
            "woman", "female", "build", "hair", "eyes", "wearing", "wore", "possibly", "maybe", "around", "approx",
            "approximately", "by", "for", "from", "who", "that", "this", "him", "it", "as", "be", "very", "quite", "some");

    /** Reads a JSON body (field name to value), or says plainly what to fix. */
    public static SuspectRequest of(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidRequestException("Send the search as a JSON object (docs/api.md, \"Suspect search\").");
        }
        for (String field : body.keySet()) {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new InvalidRequestException("Unknown field " + (field.matches("[A-Za-z]{1,40}") ? field : "in the request")
                        + "; the fields are listed in docs/api.md");
            }
        }
        String purpose = text(body, "purpose", 40);
        if (purpose == null || purpose.isBlank()) {
            throw new PurposeRequiredException("Give the crime reference this search is for (purpose): every suspect search is recorded with it.");
        }
        if (!CRIME_REFERENCE.matcher(purpose).matches() || purpose.chars().noneMatch(Character::isDigit)) {
            throw new InvalidRequestException("purpose must be a crime reference: 3 to 40 letters, digits, / . _ - or spaces, with at least one digit");
        }
        Double lat = number(body, "lat", -90, 90);
        Double lng = number(body, "lng", -180, 180);
        String addressId = text(body, "addressId", 64);
        String postcode = text(body, "postcode", 10);
        if ((lat == null) != (lng == null)) {
            throw new InvalidRequestException("Give both lat and lng for a point");
        }
        int places = (lat != null ? 1 : 0) + (addressId != null ? 1 : 0) + (postcode != null ? 1 : 0);
        if (places == 0) {
            throw new InvalidRequestException("Say where the offence happened: a point (lat and lng), an addressId or a postcode");
        }
        if (places > 1) {
            throw new InvalidRequestException("Give the place one way only: a point (lat and lng), an addressId or a postcode");
        }
        if (lat != null && !(lat >= 49.8 && lat <= 60.9 && lng >= -8.7 && lng <= 1.8)) {
            throw new InvalidRequestException("The point must be in the United Kingdom (lat 49.8 to 60.9, lng -8.7 to 1.8)");
        }
        if (addressId != null && !addressId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequestException("addressId must be an address id such as N0000001-AD1");
        }
        if (postcode != null) {
            var m = POSTCODE.matcher(postcode.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new InvalidRequestException("postcode must be a full UK postcode such as CA1 1AB");
            }
            postcode = m.group(1) + " " + m.group(2);
        }
        Double radius = number(body, "radiusM", -1e12, 1e12);
        int radiusM = radius == null ? DEFAULT_RADIUS_M : (int) Math.round(radius);
        if (radius != null && (radius < MIN_RADIUS_M || radius > MAX_RADIUS_M)) {
            throw new InvalidRequestException("radiusM must be between " + MIN_RADIUS_M + " and " + MAX_RADIUS_M
                    + " metres: a wider search is not a suspect list");
        }
        LocalDateTime from = dateTime(body, "from");
        LocalDateTime to = dateTime(body, "to");
        if (from == null || to == null) {
            throw new InvalidRequestException("Give the time window: from and to, e.g. 2026-03-17T21:00");
        }
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("The time window is inverted or empty: from must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new InvalidRequestException("The time window can be at most 14 days");
        }
        if (from.getYear() < 1950) {
            throw new InvalidRequestException("The time window must start after 1950");
        }
        String offenceType = upper(text(body, "offenceType", 40));
        if (offenceType != null && !OFFENCE_TYPES.contains(offenceType)) {
            throw new InvalidRequestException("offenceType must be one of " + String.join(", ", OFFENCE_TYPES.stream().sorted().toList()));
        }
        String suspectSex = upper(text(body, "suspectSex", 1));
        if (suspectSex != null && !SEXES.contains(suspectSex)) {
            throw new InvalidRequestException("suspectSex must be M or F");
        }
        Integer ageFrom = whole(body, "suspectAgeFrom", 10, 100);
        Integer ageTo = whole(body, "suspectAgeTo", 10, 100);
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            throw new InvalidRequestException("suspectAgeFrom must not be more than suspectAgeTo");
        }
        String name = text(body, "suspectName", 60);
        String description = text(body, "suspectDescription", MAX_TEXT);
        List<String> descriptionWords = words(description);
        if (description != null && descriptionWords.isEmpty()) {
            throw new InvalidRequestException("The suspect description has no telling words: describe build, hair, marks, "
                    + "scars or tattoos (\"stocky, shaved head, spider web tattoo on elbow\"), or leave it out");
        }
        String method = text(body, "method", MAX_TEXT);
        List<String> methodWords = words(method);
        if (method != null && methodWords.isEmpty()) {
            throw new InvalidRequestException("The method description has no telling words: say what was done, or leave it out");
        }
        String vehicle = text(body, "vehicle", 12);
        if (vehicle != null && vehicle.replaceAll("[^A-Za-z0-9]", "").length() < 2) {
            throw new InvalidRequestException("vehicle must be a plate or part of one with at least two known characters (P?24HA)");
        }
        if (vehicle != null && !vehicle.matches("[A-Za-z0-9?* ]{2,12}")) {
            throw new InvalidRequestException("vehicle must be a plate or part of one: letters, digits, ? for an unknown character");
        }
        String phone = text(body, "phone", 20);
        if (phone != null && (!phone.matches("[0-9+() -]{6,20}") || phone.replaceAll("[^0-9]", "").length() < 6)) {
            throw new InvalidRequestException("phone must be a phone number or at least its last six digits");
        }
        Integer victimAge = whole(body, "victimAge", 0, 110);
        String victimSex = upper(text(body, "victimSex", 1));
        if (victimSex != null && !SEXES.contains(victimSex)) {
            throw new InvalidRequestException("victimSex must be M or F");
        }
        if (name == null && description == null && method == null && vehicle == null && phone == null
                && suspectSex == null && ageFrom == null && ageTo == null && offenceType == null) {
            throw new InvalidRequestException("Describe the offence or the suspect: give at least one of offenceType, suspectSex, "
                    + "suspect age, suspectName, suspectDescription, method, vehicle or phone");
        }
        String sortText = upper(text(body, "sort", 20));
        SuspectFactor sort = null;
        if (sortText != null && !sortText.equals("TOTAL")) {
            sort = SuspectFactor.parse(sortText);
        }
        Integer size = whole(body, "size", 1, MAX_SIZE);
        Object ruledOut = body.get("includeRuledOut");
        if (ruledOut != null && !(ruledOut instanceof Boolean)) {
            throw new InvalidRequestException("includeRuledOut must be true or false");
        }
        return new SuspectRequest(purpose.strip(), lat, lng, addressId, postcode, radiusM, from, to, offenceType, suspectSex,
                ageFrom, ageTo, name, description, descriptionWords, method, methodWords, vehicle, phone, victimAge, victimSex,
                sort, size == null ? DEFAULT_SIZE : size, Boolean.TRUE.equals(ruledOut));
    }

    /** What the audit record keeps of the search (never the victim details beyond what was typed). */
    /** The same search listing the ruled-out too (an export holds them). */
    SuspectRequest withRuledOut() {
        return new SuspectRequest(purpose, lat, lng, addressId, postcode, radiusM, from, to, offenceType, suspectSex,
                suspectAgeFrom, suspectAgeTo, suspectName, suspectDescription, descriptionWords, method, methodWords, vehicle,
                phone, victimAge, victimSex, sort, size, true);
    }

    Map<String, String> auditDetail() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kind", "SUSPECTS");
        d.put("place", lat != null ? lat + "," + lng : addressId != null ? "address " + addressId : "postcode " + postcode);
        d.put("radiusM", Integer.toString(radiusM));
        d.put("window", from + "/" + to);
        put(d, "offenceType", offenceType);
        put(d, "suspectSex", suspectSex);
        put(d, "suspectAge", suspectAgeFrom == null && suspectAgeTo == null ? null : suspectAgeFrom + "-" + suspectAgeTo);
        put(d, "suspectName", suspectName);
        put(d, "suspectDescription", suspectDescription);
        put(d, "method", method);
        put(d, "vehicle", vehicle);
        put(d, "phone", phone);
        put(d, "victimAge", victimAge == null ? null : victimAge.toString());
        put(d, "victimSex", victimSex);
        return d;
    }

    private static void put(Map<String, String> d, String k, String v) {
        if (v != null) {
            d.put(k, v);
        }
    }

    /** The telling words of a free text: letters only, lower case, no noise words, at most 30. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9']+")) {
            String word = w.replace("'", "");
            if (word.length() >= 2 && !NOISE.contains(word) && word.chars().anyMatch(Character::isLetter) && !out.contains(word)) {
                out.add(word);
                if (out.size() == MAX_WORDS) {
                    break;
                }
            }
        }
        return out;
    }

    private static String text(Map<String, Object> body, String field, int max) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new InvalidRequestException(field + " must be text");
        }
        String clean = s.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.length() > max) {
            throw new InvalidRequestException(field + " can be at most " + max + " characters");
        }
        return clean.isEmpty() && !field.equals("purpose") && !field.equals("suspectDescription") && !field.equals("method")
                ? null : clean;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static Double number(Map<String, Object> body, String field, double min, double max) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new InvalidRequestException(field + " must be a number");
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            throw new InvalidRequestException(field + " must be between " + min + " and " + max);
        }
        return d;
    }

    private static Integer whole(Map<String, Object> body, String field, int min, int max) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < min || ((Number) v).longValue() > max) {
            throw new InvalidRequestException(field + " must be a whole number from " + min + " to " + max);
        }
        return ((Number) v).intValue();
    }

    private static LocalDateTime dateTime(Map<String, Object> body, String field) {
        String s = text(body, field, 30);
        if (s == null) {
            return null;
        }
        try {
            return s.length() == 10 ? java.time.LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field + " must be a date and time such as 2026-03-17T21:00");
        }
    }
}
