package uk.vigil.conflict;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The configurable distances and thresholds of the conflict rules, from environment variables
 * with defaults (docs/geo.md lists them).
 *
 * @param victimDistanceM      rule 2: an address within this many metres of a victim's home (default 500)
 * @param sensitiveDistanceM   rule 3: "in sight of" when the condition gives no distance (default 200)
 * @param sensitiveSearchM     rule 3: the farthest a condition's distance may reach (default 1000; larger ones are capped)
 * @param concentrationRadiusM rule 5: radius around an address (default 500)
 * @param concentrationMax     rule 5: more than this many registered sex offenders, him included, is a conflict (default 5)
 * @param concentrationExempt  rule 5: address kinds neither checked nor counted (default APPROVED_PREMISES, PRISON, HOSPITAL)
 * @param notHouseholds        rule 4: address kinds that are no household, where a child's residence is not checked
 *                             (default APPROVED_PREMISES, PRISON, HOSPITAL: their thousands of past residents were
 *                             read for every nominal living there)
 * @param intelligenceDays     rule 1: located intelligence of the last this many days counts as a place he goes (default 90)
 * @param monitoringDays       rule 1: tag (electronic monitoring) positions of the last this many days count as places
 *                             he went (default 7; 0 reads none)
 * @param vettingRadiusM       vetting: victims and sensitive places within this many metres are listed (default 2000)
 * @param scanWorkers          recomputes of more than one batch (area scans, imports) run this many batches at once
 *                             (default: the machine's processors)
 */
public record ConflictSettings(int victimDistanceM, int sensitiveDistanceM, int sensitiveSearchM, int concentrationRadiusM,
                               int concentrationMax, List<String> concentrationExempt, List<String> notHouseholds,
                               int intelligenceDays, int monitoringDays,
                               int vettingRadiusM, int scanWorkers) {

    public static ConflictSettings defaults() {
        return from(Map.of());
    }

    public static ConflictSettings from(Map<String, String> env) {
        return new ConflictSettings(
                number(env, "VIGIL_CONFLICT_VICTIM_DISTANCE_M", 500, 0, 50_000),
                number(env, "VIGIL_CONFLICT_SENSITIVE_DISTANCE_M", 200, 0, 5_000),
                number(env, "VIGIL_CONFLICT_SENSITIVE_MAX_M", 1_000, 0, 5_000),
                number(env, "VIGIL_CONFLICT_CONCENTRATION_RADIUS_M", 500, 10, 5_000),
                number(env, "VIGIL_CONFLICT_CONCENTRATION_MAX", 5, 1, 1_000),
                kinds(env, "VIGIL_CONFLICT_CONCENTRATION_EXEMPT"),
                kinds(env, "VIGIL_CONFLICT_NOT_HOUSEHOLDS"),
                number(env, "VIGIL_CONFLICT_INTELLIGENCE_DAYS", 90, 0, 3_650),
                number(env, "VIGIL_CONFLICT_MONITORING_DAYS", 7, 0, 90),
                number(env, "VIGIL_VETTING_RADIUS_M", 2_000, 100, 20_000),
                number(env, "VIGIL_CONFLICT_SCAN_WORKERS", Math.min(16, Runtime.getRuntime().availableProcessors()), 1, 64));
    }

    /** A comma-separated list of address kinds; default the institutions. */
    private static List<String> kinds(Map<String, String> env, String name) {
        return Arrays.stream(env.getOrDefault(name, "APPROVED_PREMISES,PRISON,HOSPITAL").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max);
        }
        return n;
    }
}
