package uk.vigil.database;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Neo4j's plan cache tells apart, as measured (docs/architecture.md, "Query plans and
 * warm-ups"): besides the query text and the parameter types, the size class of each list
 * parameter (1, 2-9, 10-99, 100-999, 1,000-9,999, ...). A query first met with a new class is
 * planned again, which takes seconds for the scoped queries at 1M nominals; warm-ups plan each class.
 */
public final class PlanCache {
    /** Lists of these sizes meet every size class up to 99,999 once. */
    public static final List<Integer> SIZE_CLASSES = List.of(1, 2, 10, 100, 1_000, 10_000);

    private PlanCache() {
    }

    /** The sizes of {@link #SIZE_CLASSES} a list of at most {@code max} items can fall in. */
    public static List<Integer> sizesUpTo(int max) {
        return SIZE_CLASSES.stream().filter(n -> n == 1 || String.valueOf(n).length() <= String.valueOf(max).length()).toList();
    }

    /** The size class of each list parameter, by name: its number of digits, 0 and 1 alone. */
    public static String sizeClasses(Map<String, Object> params) {
        StringBuilder key = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (value instanceof Collection<?> list) {
                int n = list.size();
                key.append('|').append(name).append(':').append(n <= 1 ? Integer.toString(n) : "d" + Integer.toString(n).length());
            }
        });
        return key.toString();
    }
}
