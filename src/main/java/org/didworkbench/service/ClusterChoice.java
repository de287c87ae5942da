package org.didworkbench.service;

import java.util.Objects;
import java.util.Set;

import org.didworkbench.domain.bulk.ValueCluster;

/**
 * One cluster of similar values of an item, with the value it would be merged into by default.
 *
 * @param cluster   the values and their counts, most common first
 * @param suggested the most common value that passes the item's rules, else the most common value
 * @param valid     the cluster's values that pass the item's rules
 */
public record ClusterChoice(ValueCluster cluster, String suggested, Set<String> valid) {
    public ClusterChoice {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(suggested, "suggested");
        valid = Set.copyOf(valid);
    }

    /** Says nothing of the values: they may be patient data. */
    @Override
    public String toString() {
        return "ClusterChoice[" + cluster + "]";
    }
}
