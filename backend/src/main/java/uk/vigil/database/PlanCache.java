package uk.vigil.database;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Neo4j's plan cache tells apart (docs/architecture.md, "Query plans and warm-ups"): besides the
 * query text and the parameter types, a size hint of each list and string parameter: 0 and 1 exactly,
 * then the next power of ten at or above the size (2-10, 11-100, 101-1,000, 1,001-10,000, ...; Neo4j's
 * {@code SizeBucket.computeBucket}). A query first met with a new size class is planned again, which
 * takes seconds for the scoped queries at 1M nominals; warm-ups plan each class.
 */
public final class PlanCache {
    /** Lists of these sizes meet every size class from 1 to 100,000 once. */
    public static final List<Integer> SIZE_CLASSES = List.of(1, 2, 11, 101, 1_001, 10_001);

    private PlanCache() {
    }

    /** The sizes of {@link #SIZE_CLASSES} that cover every list of 1 to {@code max} items. */
    public static List<Integer> sizesUpTo(int max) {
        return SIZE_CLASSES.stream().filter(n -> n <= max).toList();
    }

    /** Neo4j's size hint of a list or string of {@code n} items: n itself below 2, else the next power of ten. */
    static long sizeClass(int n) {
        if (n <= 1) {
            return n;
        }
        long bucket = 10;
        while (bucket < n) {
            bucket *= 10;
        }
        return bucket;
    }

    /** The size class of each list and string parameter, by name. */
    public static String sizeClasses(Map<String, Object> params) {
        StringBuilder key = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (value instanceof Collection<?> list) {
                key.append('|').append(name).append(':').append(sizeClass(list.size()));
            } else if (value instanceof CharSequence text) {
                key.append('|').append(name).append(":s").append(sizeClass(text.length()));
            }
        });
        return key.toString();
    }
}
