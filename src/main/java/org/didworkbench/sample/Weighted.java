package org.didworkbench.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** An immutable weighted choice among a few items. */
final class Weighted<T> {
    private final List<T> items;
    private final int[] cumulative;

    Weighted(List<T> items, ToIntFunction<T> weight) {
        this(items, items.stream().mapToInt(weight).toArray());
    }

    Weighted(List<T> items, int... weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights must add up to more than zero");
        }
    }

    T pick(SplittableRandom rng) {
        int r = rng.nextInt(cumulative[cumulative.length - 1]);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }
}
