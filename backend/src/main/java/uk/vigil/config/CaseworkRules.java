package uk.vigil.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MAPPA rules a chair's tools apply, configurable because guidance changes and areas differ
 * (docs/meetings.md lists each variable and where the default comes from).
 *
 * @param reviewDays        longest gap between reviews at a MAPP meeting, by level (index 1-3)
 * @param lookaheadDays     a case whose review or action falls due before this many days after
 *                          a meeting is listed on that meeting (the gap to the panel's next meeting)
 * @param homeVisitsPerYear police home-visit minimum per year, by RoSH level
 * @param population10Plus  population aged 10+ per area id, overriding {@code Area.population10Plus}
 * @param level1Reviews     at most this many level 1 yearly reviews proposed per meeting, most overdue first
 * @param level1Events      at most this many level 1 cases proposed per meeting for a new event (breach,
 *                          RoSH rise, new conflict), breaches first, then RoSH rises, then conflicts, most recent first
 */
public record CaseworkRules(int[] reviewDays, int lookaheadDays, Map<String, Integer> homeVisitsPerYear,
                            Map<String, Long> population10Plus, int level1Reviews,
                            int level1Events) {

    public static CaseworkRules defaults() {
        return from(Map.of());
    }

    public static CaseworkRules from(Map<String, String> env) {
        int l1 = positive(env, "VIGIL_REVIEW_DAYS_LEVEL1", 365);
        int l2 = positive(env, "VIGIL_REVIEW_DAYS_LEVEL2", 56);
        int l3 = positive(env, "VIGIL_REVIEW_DAYS_LEVEL3", 28);
        Map<String, Integer> visits = new LinkedHashMap<>();
        visits.put("LOW", positive(env, "VIGIL_HOME_VISITS_LOW", 1));
        visits.put("MEDIUM", positive(env, "VIGIL_HOME_VISITS_MEDIUM", 2));
        visits.put("HIGH", positive(env, "VIGIL_HOME_VISITS_HIGH", 4));
        visits.put("VERY_HIGH", positive(env, "VIGIL_HOME_VISITS_VERY_HIGH", 12));
        return new CaseworkRules(new int[] {0, l1, l2, l3}, positive(env, "VIGIL_AGENDA_LOOKAHEAD_DAYS", 28),
                Map.copyOf(visits), populations(env.getOrDefault("VIGIL_POPULATION_10PLUS", "")),
                positive(env, "VIGIL_AGENDA_LEVEL1_REVIEWS", 30),
                positive(env, "VIGIL_AGENDA_LEVEL1_EVENTS", 30));
    }

    /** Review cadence of a level, in days. */
    public int reviewDays(int level) {
        return level >= 1 && level <= 3 ? reviewDays[level] : reviewDays[1];
    }

    /** The cadences as a query parameter: {@code {"1": 365, "2": 56, "3": 28}}. */
    public Map<String, Object> cadenceParameter() {
        return Map.of("1", reviewDays[1], "2", reviewDays[2], "3", reviewDays[3]);
    }

    private static Map<String, Long> populations(String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("VIGIL_POPULATION_10PLUS must be area=population pairs separated by commas, got '" + part + "'");
            }
            try {
                long n = Long.parseLong(kv[1].strip());
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                out.put(kv[0].strip(), n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("VIGIL_POPULATION_10PLUS: population of " + kv[0].strip() + " must be a positive whole number");
            }
        }
        return Map.copyOf(out);
    }

    private static int positive(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, got '" + value + "'");
        }
    }
}
