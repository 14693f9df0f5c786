package uk.vigil.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The cross-field rules of docs/import.md, one factory each. */
final class Rules {
    static final long MIN_RADIUS_M = 10;
    static final long MAX_RADIUS_M = 50_000;

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

    /** A Point zone is a circle: it needs a radius; a polygon has none. */
    static Rule zoneRadius(String geometry, String radius) {
        return new Rule(List.of(geometry, radius), v -> {
            if (!(v.get(geometry) instanceof ZoneGeometry zone)) {
                return List.of();
            }
            Object r = v.get(radius);
            if (zone.isPoint()) {
                if (r == null) {
                    return List.of(new Problem(radius, "%s is required for a Point %s".formatted(radius, geometry)));
                }
                long metres = (Long) r;
                if (metres < MIN_RADIUS_M || metres > MAX_RADIUS_M) {
                    return List.of(new Problem(radius, "%s %d is not between %d and %d metres"
                            .formatted(radius, metres, MIN_RADIUS_M, MAX_RADIUS_M)));
                }
            } else if (r != null) {
                return List.of(new Problem(radius, "%s is only for a Point %s, not a %s"
                        .formatted(radius, geometry, zone.type())));
            }
            return List.of();
        });
    }
}
