package uk.vigil.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;

/**
 * A search as asked, checked: every filter comes from an allowlist or is a number or date in range,
 * so nothing the user sends reaches a query except as a parameter.
 */
public record SearchRequest(String q, Set<Kind> kinds, String area, Long category, Long level, String rosh,
                            Integer ageMin, Integer ageMax, LocalDate from, LocalDate to, boolean typeahead,
                            int page, int size) {

    /** What a result can be. */
    public enum Kind { PERSON, VEHICLE, DEVICE, ACCOUNT, ADDRESS, INTELLIGENCE }

    public static final int MAX_SIZE = 50;
    private static final Set<String> ROSH = Set.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

    /** Reads query parameters (each name to its values), or says what to fix. */
    public static SearchRequest of(Map<String, List<String>> params) {
        String q = one(params, "q");
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String t : params.getOrDefault("type", List.of())) {
            for (String part : t.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    kinds.add(Kind.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("type must be one of PERSON, VEHICLE, DEVICE, ACCOUNT, ADDRESS, INTELLIGENCE");
                }
            }
        }
        String area = one(params, "area");
        if (area != null && !area.matches("[a-z0-9-]{1,60}")) {
            throw new InvalidRequestException("area must be an area id such as cumbria");
        }
        Long category = between(params, "category", 1, 3);
        Long level = between(params, "level", 1, 3);
        String rosh = one(params, "rosh");
        if (rosh != null && !ROSH.contains(rosh.toUpperCase(Locale.ROOT))) {
            throw new InvalidRequestException("rosh must be LOW, MEDIUM, HIGH or VERY_HIGH");
        }
        Long ageMin = between(params, "ageMin", 0, 120);
        Long ageMax = between(params, "ageMax", 0, 120);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new InvalidRequestException("ageMin must not be more than ageMax");
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from must not be after to");
        }
        String mode = one(params, "mode");
        if (mode != null && !mode.equals("full") && !mode.equals("typeahead")) {
            throw new InvalidRequestException("mode must be full or typeahead");
        }
        Long page = between(params, "page", 0, 1000);
        Long size = between(params, "size", 1, MAX_SIZE);
        return new SearchRequest(q, kinds.isEmpty() ? EnumSet.allOf(Kind.class) : kinds, area, category, level,
                rosh == null ? null : rosh.toUpperCase(Locale.ROOT), ageMin == null ? null : ageMin.intValue(),
                ageMax == null ? null : ageMax.intValue(), from, to, "typeahead".equals(mode),
                page == null ? 0 : page.intValue(), size == null ? 20 : size.intValue());
    }

    /** Filters that only people have: when one is set, other kinds are left out. */
    boolean personFiltersSet() {
        return category != null || level != null || rosh != null || ageMin != null || ageMax != null;
    }

    boolean wants(Kind kind) {
        if (!kinds.contains(kind)) {
            return false;
        }
        if (typeahead) {
            return kind == Kind.PERSON || kind == Kind.VEHICLE || kind == Kind.DEVICE;
        }
        if ((from != null || to != null) && kind != Kind.INTELLIGENCE) {
            return false;
        }
        return kind == Kind.PERSON || !personFiltersSet();
    }

    /** The filters as the audit records them. */
    Map<String, String> auditDetail() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("query", q == null ? "" : q);
        d.put("mode", typeahead ? "typeahead" : "full");
        if (kinds.size() < Kind.values().length) {
            d.put("types", kinds.toString());
        }
        put(d, "area", area);
        put(d, "category", category);
        put(d, "level", level);
        put(d, "rosh", rosh);
        put(d, "ageMin", ageMin);
        put(d, "ageMax", ageMax);
        put(d, "from", from);
        put(d, "to", to);
        d.put("page", Integer.toString(page));
        return d;
    }

    private static void put(Map<String, String> d, String key, Object value) {
        if (value != null) {
            d.put(key, value.toString());
        }
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidRequestException(name + " may be given once");
        }
        return values.get(0).strip();
    }

    private static Long between(Map<String, List<String>> params, String name, long min, long max) {
        String v = one(params, name);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw new InvalidRequestException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number between " + min + " and " + max);
        }
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date written 2025-03-31");
        }
    }
}
