package org.didworkbench.domain.quality;

import java.util.List;
import java.util.Map;

/**
 * Scores in the style of NHS England's Data Quality Maturity Index (did-reference.md §6.1).
 *
 * <p>Per data item: defaults in excess = defaults − threshold × records, floored at 0; item score =
 * (valid and complete records − defaults in excess) ÷ records × 100. The file score is the mean of the
 * item scores times the mean coverage. A single file supplies every item of its layout, so coverage is
 * 1 unless a caller says otherwise.
 *
 * <p>Which DID items the official DQMI uses, and its default thresholds, are not published (a gap
 * in §6.1); this is an estimate with thresholds the caller chooses ({@link Thresholds}).
 */
public final class Dqmi {
    private Dqmi() {
    }

    /**
     * The share of records an item may hold a default code before the excess counts against it.
     *
     * @param standard the threshold for items not named in {@code byItem} (a fraction, e.g. 0.02)
     * @param byItem   item name to threshold, for items that differ
     */
    public record Thresholds(double standard, Map<String, Double> byItem) {
        public Thresholds {
            byItem = Map.copyOf(byItem);
        }

        /** The threshold for one item. */
        public double of(String item) {
            return byItem.getOrDefault(item, standard);
        }

        /**
         * The workbench's DID v1 choice: 2.0 % (the methodology's worked example) for every item, and
         * 3.5 % (the example's other figure) for ETHNIC CATEGORY, where "not stated" (Z) is an answer
         * a patient may legitimately give.
         */
        public static Thresholds didV1() {
            return new Thresholds(0.02, Map.of("ETHNIC_CATEGORY", 0.035));
        }
    }

    /**
     * One item's score.
     *
     * @param item           item name
     * @param threshold      the default threshold applied (fraction)
     * @param excessDefaults defaults beyond threshold × records (0 when within it; not rounded)
     * @param score          0..100; NaN when the item had no records
     */
    public record ItemScore(String item, double threshold, double excessDefaults, double score) {
    }

    /** Scores one item. */
    public static ItemScore score(ItemQuality q, double threshold) {
        if (q.records() == 0) {
            return new ItemScore(q.item(), threshold, 0, Double.NaN);
        }
        double excess = Math.max(0, q.defaults() - threshold * q.records());
        double score = Math.max(0, q.valid() - excess) * 100.0 / q.records();
        return new ItemScore(q.item(), threshold, excess, score);
    }

    /** Scores every item of a summary, in its order. */
    public static List<ItemScore> scores(List<ItemQuality> items, Thresholds thresholds) {
        return items.stream().map(q -> score(q, thresholds.of(q.item()))).toList();
    }

    /**
     * The file score: mean item score times coverage; NaN when no item could be scored.
     *
     * @param coverage mean coverage over the items, 0..1
     */
    public static double overall(List<ItemScore> scores, double coverage) {
        double sum = 0;
        int n = 0;
        for (ItemScore s : scores) {
            if (!Double.isNaN(s.score())) {
                sum += s.score();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n * coverage;
    }
}
