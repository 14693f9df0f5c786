package uk.vigil.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The size classes of list and string parameters, as Neo4j plans a query again for each (NetworkService
 * runs the first query of each class without its time limit; the warm-ups plan each class): 0, 1, then
 * the next power of ten (Neo4j's SizeBucket; at 1M nominals a suspect search of 1,161 candidates
 * planned again after a warm-up with 1,000).
 */
class PlanCacheTest {
    private static String key(int frontier, int types) {
        return PlanCache.sizeClasses(Map.of("frontier", Collections.nCopies(frontier, "x"),
                "types", Collections.nCopies(types, "T"), "perType", 200, "viewer", Map.of("areas", List.of("a"))));
    }

    @Test
    void lists_of_one_size_class_share_a_key_and_other_parameters_do_not_count() {
        assertThat(key(3, 9)).isEqualTo(key(10, 2));
        assertThat(key(11, 5)).isEqualTo(key(100, 5));
        assertThat(key(1_001, 5)).isEqualTo(key(10_000, 5));
        assertThat(key(3, 9)).isEqualTo("|frontier:10|types:10");
    }

    @Test
    void empty_one_and_each_power_of_ten_plus_one_begin_a_class() {
        assertThat(List.of(key(0, 2), key(1, 2), key(2, 2), key(11, 2), key(101, 2), key(1_001, 2), key(10_001, 2)))
                .doesNotHaveDuplicates();
        assertThat(key(1_000, 2)).isNotEqualTo(key(1_161, 2));
    }

    @Test
    void strings_have_size_classes_too() {
        assertThat(PlanCache.sizeClasses(Map.of("sex", ""))).isNotEqualTo(PlanCache.sizeClasses(Map.of("sex", "M")));
        assertThat(PlanCache.sizeClasses(Map.of("q", "Jon Smyth"))).isNotEqualTo(PlanCache.sizeClasses(Map.of("q", "Mohamed Kahn")));
        assertThat(PlanCache.sizeClasses(Map.of("q", "Jon"))).isEqualTo(PlanCache.sizeClasses(Map.of("q", "Jon Smyth")));
    }

    @Test
    void a_warm_up_up_to_a_limit_plans_the_classes_below_it() {
        assertThat(PlanCache.sizesUpTo(1_500)).containsExactly(1, 2, 11, 101, 1_001);
        assertThat(PlanCache.sizesUpTo(1_000)).containsExactly(1, 2, 11, 101);
        assertThat(PlanCache.sizesUpTo(50)).containsExactly(1, 2, 11);
        for (int max : List.of(1, 7, 50, 1_000, 1_500, 9_000)) {
            for (int n = 1; n <= max; n += Math.max(1, n / 7)) {
                int size = n;
                assertThat(PlanCache.sizesUpTo(max).stream().map(s -> key(s, 2))).contains(key(size, 2));
            }
        }
    }

    @Test
    void the_warm_up_plans_every_class_an_expansion_meets() {
        assertThat(PlanCache.SIZE_CLASSES.stream().map(n -> key(n, 2)).distinct()).hasSize(6);
        for (int n : List.of(1, 7, 10, 42, 100, 500, 1_000, 1_161, 4_000, 20_000, 100_000)) {
            assertThat(PlanCache.SIZE_CLASSES.stream().map(size -> key(size, 2))).contains(key(n, 2));
        }
    }
}
