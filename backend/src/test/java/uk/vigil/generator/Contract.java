package uk.vigil.generator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An independent reading of docs/import.md's value rules: the checks an importer makes on each
 * field and row. Returns the problems found, as "file:line column: reason".
 */
final class Contract {
    static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$");
    static final Pattern DATETIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$");
    static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    static final Pattern VRM = Pattern.compile("^([A-Z]{2}[0-9]{2}[A-Z]{3}|[A-Z][0-9]{1,3}[A-Z]{3}|[A-Z]{3}[0-9]{1,3}[A-Z])$");
    static final Pattern UK_MOBILE_E164 = Pattern.compile("^\\+447[0-9]{9}$");

    private Contract() {
    }

    /** A phone number as written, normalised to E.164 the way the doc describes, or null if it is not a UK number. */
    static String e164(String written) {
        String digits = written.replace(" ", "");
        if (digits.startsWith("+44")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return null;
        }
        return digits.matches("[1-9][0-9]{9}") ? "+44" + digits : null;
    }

    static List<String> check(ImportFile file, int line, Map<String, String> row) {
        List<String> problems = new ArrayList<>();
        for (Column c : ImportColumns.all(file)) {
            String v = row.get(c.name());
            String where = file.fileName() + ":" + line + " " + c.name() + "=" + v + ": ";
            if (v == null) {
                problems.add(where + "missing column");
                continue;
            }
            if (v.isEmpty()) {
                if (c.required()) {
                    problems.add(where + "required");
                }
                continue;
            }
            String problem = value(c, v);
            if (problem != null) {
                problems.add(where + problem);
            }
        }
        String from = row.get("from");
        String to = row.get("to");
        if (from != null && to != null && !from.isEmpty() && !to.isEmpty() && LocalDate.parse(to).isBefore(LocalDate.parse(from))) {
            problems.add(file.fileName() + ":" + line + " to before from");
        }
        return problems;
    }

    private static String value(Column c, String v) {
        try {
            return switch (c.type()) {
                case STRING, REF -> v.trim().equals(v) ? null : "surrounding spaces";
                case INT -> {
                    Integer.parseInt(v);
                    yield null;
                }
                case DECIMAL -> {
                    new BigDecimal(v);
                    yield null;
                }
                case BOOL -> v.equals("true") || v.equals("false") ? null : "not a bool";
                case DATE -> DATE.matcher(v).matches() && LocalDate.parse(v) != null ? null : "not an ISO date";
                case DATETIME -> DATETIME.matcher(v).matches() && Instant.parse(v) != null ? null : "not an ISO instant";
                case ENUM -> c.values().contains(v) ? null : "not one of " + c.values();
                case LIST -> List.of(v.split(";")).stream().allMatch(c.values()::contains) ? null : "list item not in " + c.values();
                case LAT -> inRange(Double.parseDouble(v), Geo.MIN_LAT, Geo.MAX_LAT);
                case LNG -> inRange(Double.parseDouble(v), Geo.MIN_LNG, Geo.MAX_LNG);
                case GEOJSON -> GeoJson.problem(v);
                case POSTCODE -> POSTCODE.matcher(v).matches() ? null : "not a UK postcode";
                case PHONE -> e164(v) != null && UK_MOBILE_E164.matcher(e164(v)).matches() ? null : "not a UK mobile number";
                case IMEI -> v.matches("[0-9]{15}") && Phones.luhnValid(v) ? null : "not a 15-digit Luhn-valid IMEI";
                case VRM -> VRM.matcher(Plates.normalise(v)).matches() ? null : "not a UK registration mark";
                case TIME -> TIME.matcher(v).matches() ? null : "not HH:MM";
            };
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + " " + e.getMessage();
        }
    }

    private static String inRange(double x, double lo, double hi) {
        return x >= lo && x <= hi ? null : "outside the UK";
    }
}
