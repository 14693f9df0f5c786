package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Items with relative weights, drawn by binary search over the cumulative weights. */
final class Weighted<T> {
    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Weighted<T> of(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        double[] cumulative = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += weight.applyAsDouble(items.get(i));
            cumulative[i] = total;
        }
        return new Weighted<>(List.copyOf(items), cumulative);
    }

    /** Pairs of (item, weight) written inline: {@code Weighted.pairs("A", 30, "B", 70)}. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> pairs(Object... itemWeightPairs) {
        List<T> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < itemWeightPairs.length; i += 2) {
            items.add((T) itemWeightPairs[i]);
            weights.add(((Number) itemWeightPairs[i + 1]).doubleValue());
        }
        double[] cumulative = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
        return new Weighted<>(List.copyOf(items), cumulative);
    }

    T pick(Rng rng) {
        double x = rng.unit() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }
}
