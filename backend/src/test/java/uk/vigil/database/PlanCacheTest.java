package uk.vigil.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The size classes of list parameters, as Neo4j plans a query again for each (NetworkService runs
 * the first query of each class without its time limit; the warm-ups plan each class) (measured at 1M nominals: 1, 2-9, 10-99, 100-999, 1,000-9,999).
 */
class PlanCacheTest {
    private static String key(int frontier, int types) {
        return PlanCache.sizeClasses(Map.of("frontier", Collections.nCopies(frontier, "x"),
                "types", Collections.nCopies(types, "T"), "perType", 200, "viewer", Map.of("areas", List.of("a"))));
    }

    @Test
    void lists_of_one_size_class_share_a_key_and_other_parameters_do_not_count() {
        assertThat(key(3, 9)).isEqualTo(key(9, 2));
        assertThat(key(10, 5)).isEqualTo(key(99, 5));
        assertThat(key(1_000, 5)).isEqualTo(key(9_999, 5));
        assertThat(key(3, 9)).isEqualTo("|frontier:d1|types:d1");
    }

    @Test
    void one_alone_empty_and_each_power_of_ten_are_classes_of_their_own() {
        assertThat(List.of(key(0, 2), key(1, 2), key(2, 2), key(10, 2), key(100, 2), key(1_000, 2), key(10_000, 2)))
                .doesNotHaveDuplicates();
    }

    @Test
    void a_warm_up_up_to_a_limit_plans_the_classes_below_it() {
        assertThat(PlanCache.sizesUpTo(1_500)).containsExactly(1, 2, 10, 100, 1_000);
        assertThat(PlanCache.sizesUpTo(50)).containsExactly(1, 2, 10);
    }

    @Test
    void the_warm_up_plans_every_class_an_expansion_meets() {
        assertThat(PlanCache.SIZE_CLASSES.stream().map(n -> key(n, 2)).distinct()).hasSize(6);
        for (int n : List.of(1, 7, 42, 500, 4_000, 20_000)) {
            assertThat(PlanCache.SIZE_CLASSES.stream().map(size -> key(size, 2))).contains(key(n, 2));
        }
    }
}
