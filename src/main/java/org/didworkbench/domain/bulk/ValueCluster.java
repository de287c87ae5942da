package org.didworkbench.domain.bulk;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Values of one item that share a {@link ClusterKey}: the candidates for merging into one value.
 *
 * @param key    the shared key
 * @param values at least two distinct values, most common first (ties in value order)
 */
public record ValueCluster(String key, List<ValueCount> values) {
    /** Most common first, then by value, so the order is the same on every run. */
    public static final Comparator<ValueCount> ORDER = Comparator.comparingLong(ValueCount::count).reversed()
            .thenComparing(ValueCount::value);

    public ValueCluster {
        Objects.requireNonNull(key, "key");
        values = values.stream().sorted(ORDER).toList();
        if (values.size() < 2) {
            throw new IllegalArgumentException("a cluster has at least two distinct values");
        }
    }

    /** Records holding any value of the cluster. */
    public long records() {
        return values.stream().mapToLong(ValueCount::count).sum();
    }

    /**
     * The value to merge the cluster into by default: the most common one that {@code valid} accepts,
     * or the most common one when none is valid.
     */
    public String suggested(Predicate<String> valid) {
        for (ValueCount v : values) {
            if (valid.test(v.value())) {
                return v.value();
            }
        }
        return values.get(0).value();
    }

    /** Records that merging into {@code target} would change: those holding any other value of the cluster. */
    public long recordsToChange(String target) {
        return values.stream().filter(v -> !v.value().equals(target)).mapToLong(ValueCount::count).sum();
    }

    /** Says nothing of the values: they may be patient data. */
    @Override
    public String toString() {
        return "ValueCluster[values=" + values.size() + ", records=" + records() + "]";
    }
}
