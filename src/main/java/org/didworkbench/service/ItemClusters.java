package org.didworkbench.service;

import java.util.List;

/**
 * The clusters of similar values found in one item, largest first.
 *
 * @param item     the item's index
 * @param itemName the item's data dictionary name
 * @param clusters the largest clusters (at most {@link BulkEditService#CLUSTERS_KEPT})
 * @param found    how many clusters there are in all
 */
public record ItemClusters(int item, String itemName, List<ClusterChoice> clusters, long found) {
    public ItemClusters {
        clusters = List.copyOf(clusters);
    }
}
