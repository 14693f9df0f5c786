package uk.vigil.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import uk.vigil.exclusionzone.UkEnvelope;
import uk.vigil.exclusionzone.ZoneGeoJson;

/**
 * Turns one non-empty field into its typed value, or explains why it cannot: each failure is an
 * {@link IllegalArgumentException} whose message is the whole reject reason, naming the column and
 * quoting the value ({@code dob '31/02/1980' is not a date (expected YYYY-MM-DD)}).
 */
final class FieldParser {
    private static final Pattern IMEI_DIGITS = Pattern.compile("[0-9]{15}");
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private FieldParser() {
    }

    static Object parse(Column column, String raw) {
        String name = column.name();
        return switch (column.type()) {
            case STRING, REF -> raw;
            case INT -> whole(column, raw);
            case DECIMAL -> number(name, raw);
            case BOOL -> bool(name, raw);
            case DATE -> date(name, raw);
            case DATETIME -> dateTime(name, raw);
            case ENUM -> oneOf(column, raw, name + " '" + raw + "'");
            case LIST -> list(column, raw);
            case LAT -> coordinate(name, raw, UkEnvelope.containsLat(number(name, raw)));
            case LNG -> coordinate(name, raw, UkEnvelope.containsLng(number(name, raw)));
            case GEOJSON -> geometry(raw);
            case POSTCODE -> UkPostcode.parse(raw).orElseThrow(() -> bad(name, raw, "is not a UK postcode"));
            case PHONE -> UkPhoneNumber.parse(raw).orElseThrow(() -> bad(name, raw, "is not a valid UK phone number"));
            case IMEI -> matching(IMEI_DIGITS, name, raw, "is not 15 digits");
            case VRM -> raw;
            case TIME -> matching(HH_MM, name, raw, "is not a time (expected HH:MM, 24-hour)");
        };
    }

    private static Long whole(Column column, String raw) {
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw bad(column.name(), raw, "is not a whole number");
        }
        if ((column.min() != null && value < column.min()) || (column.max() != null && value > column.max())) {
            throw bad(column.name(), raw, "is not between %d and %d".formatted(column.min(), column.max()));
        }
        return value;
    }

    private static double number(String name, String raw) {
        try {
            return new BigDecimal(raw).doubleValue();
        } catch (NumberFormatException e) {
            throw bad(name, raw, "is not a number");
        }
    }

    private static Boolean bool(String name, String raw) {
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        if (raw.equalsIgnoreCase("false")) {
            return false;
        }
        throw bad(name, raw, "is not true or false");
    }

    private static LocalDate date(String name, String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw bad(name, raw, "is not a date (expected YYYY-MM-DD)");
        }
    }

    /** An ISO instant, kept in UTC: the same instant always stores as the same value. */
    private static ZonedDateTime dateTime(String name, String raw) {
        try {
            return OffsetDateTime.parse(raw).atZoneSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw bad(name, raw, "is not a date-time (expected an ISO instant such as 2024-03-31T10:15:00Z)");
        }
    }

    private static String oneOf(Column column, String raw, String what) {
        if (!column.values().contains(raw)) {
            throw new IllegalArgumentException("%s is not one of %s".formatted(what, String.join(", ", column.values())));
        }
        return raw;
    }

    private static List<String> list(Column column, String raw) {
        List<String> items = Arrays.stream(raw.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!column.values().isEmpty()) {
            items.forEach(item -> oneOf(column, item, column.name() + " value '" + item + "'"));
        }
        return items;
    }

    private static Double coordinate(String name, String raw, boolean insideUk) {
        if (!insideUk) {
            throw bad(name, raw, "is outside the UK (" + UkEnvelope.DESCRIPTION + ")");
        }
        return number(name, raw);
    }

    /** The API's reader and reasons (docs/geo.md, "Validation"); each reason begins "geometry", the column's name. */
    private static Geometry geometry(String raw) {
        return ZoneGeoJson.read(raw);
    }

    private static String matching(Pattern pattern, String name, String raw, String problem) {
        if (!pattern.matcher(raw).matches()) {
            throw bad(name, raw, problem);
        }
        return raw;
    }

    private static IllegalArgumentException bad(String name, String raw, String problem) {
        String shown = raw.length() > 80 ? raw.substring(0, 77) + "..." : raw;
        return new IllegalArgumentException("%s '%s' %s".formatted(name, shown, problem));
    }
}
