package org.didworkbench.report;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts drawn as HTML boxes rather than SVG: they print exactly, convert to PDF
 * without an SVG renderer, and read in black and white because the two series differ in shade and
 * outline and every bar has its figure printed beside it.
 */
final class Charts {
    private Charts() {
    }

    /**
     * One row: a dark bar over a light, outlined bar.
     *
     * @param label  the row's name
     * @param dark   the dark bar's value (NaN: no bar)
     * @param light  the light bar's value (NaN: no bar)
     * @param figure the text printed after the bars
     * @param strong true to set the row's label in bold (e.g. the whole-file row)
     */
    record Row(String label, double dark, double light, String figure, boolean strong) {
    }

    /**
     * A chart of paired bars on a scale from 0 to {@code max}.
     *
     * @param marker a value to mark with a dashed line (NaN: none)
     * @param ticks  values to label under the chart
     * @param unit   the text after each tick value ("%" or " d")
     * @param scale  how a tick value is written (e.g. ×100 for percentages)
     */
    static void pairs(Html h, List<Row> rows, double max, double marker, double[] ticks, String unit, double scale) {
        h.raw("<table class=\"chart\">");
        for (Row r : rows) {
            h.raw("<tr>").el("td", r.strong() ? "label strong" : "label", r.label());
            h.raw("<td><div class=\"track\">");
            if (!Double.isNaN(marker)) {
                h.raw("<div class=\"marker\" style=\"left: " + pos(marker, max) + "\"></div>");
            }
            bar(h, "bar bar-dark", r.dark(), max);
            bar(h, "bar bar-light", r.light(), max);
            h.raw("</div></td>");
            h.el("td", "figure", r.figure()).raw("</tr>");
        }
        // the axis: tick labels under the bars
        h.raw("<tr><td class=\"label\"></td><td><div class=\"axis\">");
        for (double t : ticks) {
            h.raw("<div class=\"tick\" style=\"left: " + pos(t, max) + "\">")
                    .text(Fmt.days(t * scale) + unit).raw("</div>");
        }
        h.raw("</div></td><td class=\"figure\"></td></tr></table>");
    }

    private static void bar(Html h, String cls, double value, double max) {
        if (Double.isNaN(value)) {
            h.raw("<div class=\"bar\"></div>");
            return;
        }
        // a sliver for a zero so a "0" bar is visibly present rather than missing
        String width = value <= 0 ? "0.6pt" : pos(value, max);
        h.raw("<div class=\"" + cls + "\" style=\"width: " + width + "\"></div>");
    }

    /** A value's position as a percentage of the scale, clamped to the track. */
    static String pos(double value, double max) {
        double p = max <= 0 ? 0 : Math.max(0, Math.min(100, value / max * 100));
        return String.format(Locale.ROOT, "%.2f%%", p);
    }

    /** Round tick values (steps of 7 days for waits, so weeks read off) from 0 up to {@code max}. */
    static double[] dayTicks(double max) {
        double step = max <= 35 ? 7 : max <= 84 ? 14 : max <= 182 ? 28 : Math.ceil(max / 6 / 28) * 28;
        int n = (int) Math.floor(max / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * step;
        }
        return t;
    }
}
