package uk.vigil.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import uk.vigil.exclusionzone.InvalidZoneException;
import uk.vigil.exclusionzone.ZoneGeoJson;

/** The cross-field rules of docs/import.md, one factory each. */
final class Rules {
    private Rules() {
    }

    /** A date range: {@code to} may be empty (still current) but must not be before {@code from}. */
    static Rule notBefore(String from, String to) {
        return new Rule(List.of(from, to), v -> {
            if (v.get(from) instanceof LocalDate start && v.get(to) instanceof LocalDate end && end.isBefore(start)) {
                return List.of(new Problem(to, "%s %s is before %s %s".formatted(to, end, from, start)));
            }
            return List.of();
        });
    }

    /** Category 3 (other dangerous offenders) is never managed at level 1. */
    static Rule categoryThreeNotAtLevelOne() {
        return new Rule(List.of("category", "level"), v -> {
            if (Long.valueOf(3).equals(v.get("category")) && Long.valueOf(1).equals(v.get("level"))) {
                return List.of(new Problem("level", "a category 3 case cannot be at level 1"));
            }
            return List.of();
        });
    }

    /** Tools whose result is a level (ROSH, RM2000) must give one. */
    static Rule levelRequiredFor(Set<String> tools) {
        return new Rule(List.of("tool", "level"), v -> {
            Object tool = v.get("tool");
            if (tools.contains(tool) && v.get("level") == null) {
                return List.of(new Problem("level", "a %s assessment needs a level".formatted(tool)));
            }
            return List.of();
        });
    }

    static Rule atLeastOneOf(String first, String second) {
        return new Rule(List.of(first, second), v -> v.get(first) == null && v.get(second) == null
                ? List.of(new Problem(first, "give at least one of %s and %s".formatted(first, second)))
                : List.of());
    }

    static Rule different(String first, String second) {
        return new Rule(List.of(first, second), v -> v.get(first) != null && Objects.equals(v.get(first), v.get(second))
                ? List.of(new Problem(second, "%s '%s' is the same as %s".formatted(second, v.get(second), first)))
                : List.of());
    }

    /** A whole number within [min, max], when given. */
    static Rule between(String column, long min, long max) {
        return new Rule(List.of(column), v -> v.get(column) instanceof Long n && (n < min || n > max)
                ? List.of(new Problem(column, "%s %d is not between %d and %d".formatted(column, n, min, max)))
                : List.of());
    }

    /** A position needs both coordinates. */
    static Rule bothOrNeither(String first, String second) {
        return new Rule(List.of(first, second), v -> {
            if ((v.get(first) == null) != (v.get(second) == null)) {
                String missing = v.get(first) == null ? first : second;
                String given = v.get(first) == null ? second : first;
                return List.of(new Problem(missing, "%s is required when %s is given".formatted(missing, given)));
            }
            return List.of();
        });
    }

    /** A Point zone is a circle: it needs a radius; a polygon has none (the API's rule and reason, {@link ZoneGeoJson}). */
    static Rule zoneRadius(String geometry, String radius) {
        return new Rule(List.of(geometry, radius), v -> {
            if (!(v.get(geometry) instanceof Geometry zone)) {
                return List.of();
            }
            try {
                ZoneGeoJson.checkRadius(zone, (Long) v.get(radius));
                return List.of();
            } catch (InvalidZoneException e) {
                return List.of(new Problem(radius, e.getMessage()));
            }
        });
    }
}
