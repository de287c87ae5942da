package org.didworkbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.report.ReportModel.Corrections;
import org.didworkbench.report.ReportModel.Header;
import org.didworkbench.report.ReportModel.ItemProblems;
import org.didworkbench.report.ReportModel.ItemRow;
import org.didworkbench.report.ReportModel.Outcome;
import org.didworkbench.report.ReportModel.Reference;
import org.didworkbench.report.ReportModel.RuleRow;
import org.didworkbench.report.ReportModel.Tally;

/**
 * Renders a {@link ReportModel} into the report's one HTML template ({@code report.html}). The page
 * is well-formed XHTML, so the same text is saved as HTML, converted to PDF and printed.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final int PROBLEM_ITEMS = 8;
    /** Error rules on the first page: enough to say why, few enough to keep the verdict on one page. */
    private static final int WHY_RULES = 8;

    private final String template;

    public HtmlReport() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IllegalStateException("The report template report.html is missing from the build");
            }
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a complete XHTML page (UTF-8 text). */
    public String render(ReportModel m) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("fileName", Html.esc(m.header().fileName()));
        parts.put("fileNameCss", cssString(m.header().fileName()));
        parts.put("generatedCss", cssText(Fmt.dateTime(m.header().generatedAt())));
        parts.put("header", header(m.header(), m.appendix().isPresent()));
        parts.put("verdict", verdict(m));
        parts.put("items", items(m));
        parts.put("rules", rules(m));
        parts.put("waits", waits(m));
        parts.put("checks", checks(m.checks()));
        parts.put("corrections", corrections(m));
        parts.put("appendix", m.appendix().map(a -> appendix(m)).orElse(""));
        Matcher x = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 4);
        while (x.find()) {
            String value = parts.get(x.group(1));
            if (value == null) {
                throw new IllegalStateException("The report template names an unknown part: " + x.group(1));
            }
            x.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        x.appendTail(out);
        return out.toString();
    }

    // ------------------------------------------------------------------ header

    private static String header(Header hd, boolean appendix) {
        Html h = new Html();
        h.raw("<table class=\"facts\">");
        fact(h, "File", hd.fileName());
        h.raw("<tr><th>SHA-256</th><td>");
        if (hd.sha256().isEmpty()) {
            h.text("Not available: " + hd.sha256Note());
        } else {
            h.el("span", "hash", hd.sha256());
        }
        h.raw("</td></tr>");
        fact(h, "Records", Fmt.count(hd.records()));
        fact(h, "Layout", hd.profileTitle() + (hd.provisional() ? " (provisional: based on draft specifications)" : ""));
        fact(h, "Submission date", Fmt.date(hd.submissionDate())
                + " (the date the cut-off and future-date rules were judged against)");
        fact(h, "File format", hd.dialect());
        String checked = hd.checkedAt() == null ? "" : Fmt.dateTime(hd.checkedAt());
        if (!hd.checkedWith().isEmpty()) {
            checked += (checked.isEmpty() ? "" : ", ") + "by DID Workbench " + hd.checkedWith();
        }
        if (!checked.isEmpty()) {
            fact(h, "Checked", checked);
        }
        fact(h, "Report generated", Fmt.dateTime(hd.generatedAt()) + " by DID Workbench " + hd.workbenchVersion());
        h.raw("<tr><th>Reference data</th><td>");
        if (hd.references().isEmpty()) {
            h.text("None. Rules that need reference data (ODS, postcodes, NICIP) were not checked, not passed.");
        }
        for (int i = 0; i < hd.references().size(); i++) {
            Reference r = hd.references().get(i);
            if (i > 0) {
                h.raw("<br/>");
            }
            h.el("b", null, r.kind()).text(": " + r.file() + " (as of " + Fmt.date(r.asOf()) + "; "
                    + Fmt.plural(r.rows(), "row") + ")");
        }
        h.raw("</td></tr>");
        fact(h, "Patient data", "None. This report holds no NHS numbers, birth dates or postcodes; records are named "
                + "by their line in the file and their accession number."
                + (appendix ? " In the appendix, identifying values quoted in messages are masked with *." : ""));
        if (!hd.notChecked().isEmpty()) {
            fact(h, "Not checked", String.join(", ", hd.notChecked())
                    + " (their reference data was not loaded; these rules were not passed, only not run)");
        }
        return h.raw("</table>").toString();
    }

    private static void fact(Html h, String label, String value) {
        h.raw("<tr>").el("th", null, label).td(value).raw("</tr>");
    }

    // ------------------------------------------------------------------ verdict

    private static String verdict(ReportModel m) {
        Outcome now = m.now();
        Html h = new Html();
        h.raw(now.rejected() ? "<div class=\"verdict rejected\">" : "<div class=\"verdict accepted\">");
        h.el("div", "band", now.rejected() ? "WOULD BE REJECTED" : "WOULD BE ACCEPTED");
        h.el("div", "sentence", now.rejected()
                ? "The national service would reject the whole file: " + Fmt.plural(now.errors(), "error") + " in "
                        + Fmt.plural(now.errorRecords(), "record") + ". Any one error rejects every record in it."
                : now.warnings() > 0
                        ? "No errors. The national service would accept the file with "
                                + Fmt.plural(now.warnings(), "warning") + "."
                        : "No errors and no warnings.");
        h.raw("<table class=\"stats\"><tr>");
        stat(h, "first", Fmt.count(now.errors()), "errors (the file is rejected if this is not 0)");
        stat(h, null, Fmt.count(now.errorRecords()), "records with errors, of " + Fmt.count(m.header().records()));
        stat(h, null, Fmt.count(now.warnings()), "warnings (accepted, but worth fixing)");
        stat(h, null, Fmt.count(now.workbench()), "workbench findings (outliers; never change the verdict)");
        h.raw("</tr></table>");
        if (m.edited()) {
            h.el("div", "before-after", "After the corrections made in this workspace (section 6). When the file "
                    + "was opened: " + lowerFirst(m.before().sentence()) + ".");
        }
        h.raw("</div>");
        List<RuleRow> errors = m.errorRules();
        if (errors.isEmpty()) {
            h.el("p", null, "No rule found an error, so nothing stops the national service accepting the file."
                    + (now.warnings() > 0 ? " The warnings are listed in section 3." : ""));
            return h.toString();
        }
        h.el("h3", null, errors.size() > WHY_RULES ? "Why: the " + WHY_RULES + " rules with most errors"
                : "Why: errors by rule");
        h.raw("<table class=\"data\">").head("Rule", "#Records", "#Errors", "What the rule requires");
        h.raw("<tbody>");
        for (RuleRow r : errors.subList(0, Math.min(WHY_RULES, errors.size()))) {
            h.raw("<tr>").el("td", "code", r.code()).num(records(r)).num(Fmt.count(r.count()))
                    .td(r.meaning()).raw("</tr>");
        }
        h.raw("</tbody></table>");
        String more = errors.size() > WHY_RULES ? Fmt.plural(errors.size() - WHY_RULES, "more rule") + " with errors "
                + "and every rule with warnings are in section 3. " : "Every rule with warnings is in section 3. ";
        h.el("p", "note", more + "Records: records with at least one issue of the rule; a record can break several "
                + "rules.");
        return h.toString();
    }

    private static void stat(Html h, String cls, String figure, String label) {
        h.open("td", cls).el("div", "stat", figure).el("div", "stat-label", label).close("td");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String records(RuleRow r) {
        return r.records() < 0 ? "–" : Fmt.count(r.records());
    }

    // ------------------------------------------------------------------ items

    private static String items(ReportModel m) {
        Html h = new Html();
        h.raw("<table class=\"data\">")
                .head("Data item", "#Completeness", "#Validity", "#Defaults", "#Default limit", "#DQMI-style score");
        h.raw("<tbody>");
        for (ItemRow r : m.items()) {
            h.raw("<tr>").td(r.title()).num(Fmt.percent(r.quality().completeness()))
                    .num(Fmt.percent(r.quality().validity()))
                    .num(r.defaultCoded() ? Fmt.percent(r.quality().defaultRate()) : "–")
                    .num(r.defaultCoded() ? Fmt.percent(r.score().threshold()) : "–")
                    .num(Fmt.score(r.score().score())).raw("</tr>");
        }
        h.raw("</tbody></table>");

        h.raw("<table class=\"score keep\"><tr><td class=\"big\">").el("div", "stat", Fmt.score(m.dqmi()))
                .el("div", "stat-label", "DQMI-style score, out of 100").raw("</td><td class=\"text\">");
        h.text("An estimate in the style of NHS England's Data Quality Maturity Index. Each item scores its valid, "
                + "complete records less any defaults beyond the item's limit, as a share of the records; the file "
                + "scores the mean over the " + m.items().size() + " items times coverage (100% here: every item is in "
                + "the file's layout). The official DQMI's DID items and limits are not published, so the workbench "
                + "uses " + Fmt.percent(m.dqmiThresholds().standard()) + " for every item that has default codes");
        List<String> special = new ArrayList<>();
        for (ItemRow r : m.items()) {
            if (m.dqmiThresholds().byItem().containsKey(r.quality().item())) {
                special.add(Fmt.percent(r.score().threshold()) + " for " + r.title());
            }
        }
        h.text(special.isEmpty() ? "." : ", and " + String.join(", ", special) + ", where \"not stated\" is an "
                + "answer a patient may give.");
        h.text(" Items without default codes show \u2013 for defaults.");
        h.raw("</td></tr></table>");

        h.raw("<div class=\"keep\">");
        h.el("div", "figure-title", "Figure 1. Completeness and validity by data item");
        legend(h, "completeness", "validity", null);
        List<Charts.Row> rows = new ArrayList<>();
        for (ItemRow r : m.items()) {
            rows.add(new Charts.Row(r.title(), r.quality().completeness(), r.quality().validity(),
                    Fmt.percent(r.quality().completeness()) + " / " + Fmt.percent(r.quality().validity()), false));
        }
        Charts.pairs(h, rows, 1.0, Double.NaN, new double[] {0, 0.25, 0.5, 0.75, 1.0}, "%", 100);
        h.raw("</div>");
        return h.toString();
    }

    private static void legend(Html h, String dark, String light, String marker) {
        h.raw("<div class=\"legend\">");
        h.raw("<span class=\"swatch dark\"></span>").text(dark + " (dark bar)");
        h.raw("<span class=\"swatch light\"></span>").text(light + " (light, outlined bar)");
        if (marker != null) {
            h.raw("<span class=\"swatch dash\"></span>").text(marker);
        }
        h.raw("</div>");
    }

    // ------------------------------------------------------------------ rules

    private static String rules(ReportModel m) {
        Html h = new Html();
        if (m.rules().isEmpty()) {
            h.el("p", null, "No national rule found an issue.");
            return h.toString();
        }
        if (!m.problemItems().isEmpty()) {
            h.raw("<div class=\"keep\">");
            h.el("h3", null, "Items with most problems");
            h.raw("<table class=\"data\">").head("Data item", "#Errors", "#Warnings", "#Total", "Rules");
            h.raw("<tbody>");
            for (ItemProblems p : m.problemItems().subList(0, Math.min(PROBLEM_ITEMS, m.problemItems().size()))) {
                h.raw("<tr>").td(p.title()).num(Fmt.count(p.errors())).num(Fmt.count(p.warnings()))
                        .num(Fmt.count(p.total())).td(String.join(", ", p.rules())).raw("</tr>");
            }
            h.raw("</tbody></table>");
            h.el("p", "note", "An issue counts against the item its message is about.");
            h.raw("</div>");
        }
        h.el("h3", null, "Every rule that found an issue");
        h.el("p", null, "Errors first. Errors reject the file; warnings are accepted but are data-quality problems "
                + "NHS England reports back.");
        h.raw("<table class=\"data\">").head("Rule", "Severity", "#Issues", "#Records", "What the rule requires");
        h.raw("<tbody>");
        for (RuleRow r : m.rules()) {
            h.raw("<tr>").el("td", "code", r.code()).el("td", "sev-" + r.severity(), capital(r.severity()))
                    .num(Fmt.count(r.count())).num(records(r)).td(r.meaning()).raw("</tr>");
        }
        long issues = m.rules().stream().mapToLong(RuleRow::count).sum();
        h.raw("<tr class=\"total\">").td("Total").td("").num(Fmt.count(issues)).td("").td("").raw("</tr>");
        h.raw("</tbody></table>");
        return h.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    // ------------------------------------------------------------------ waiting times

    private static String waits(ReportModel m) {
        Html h = new Html();
        if (m.waits().isEmpty()) {
            h.el("p", null, "No waiting times: the file has no records with usable request, test and report dates.");
            return h.toString();
        }
        WaitingTimeStats any = m.waits().get(0);
        int longDays = any.longWaitDays();
        int lateDays = any.lateReportDays();
        h.raw("<div class=\"keep\">");
        h.el("p", null, "Days from DIAGNOSTIC TEST REQUEST DATE to DIAGNOSTIC TEST DATE (request to test) and from "
                + "DIAGNOSTIC TEST DATE to SERVICE REPORT ISSUE DATE (test to report), by modality. The DM01 standard is "
                + "that no more than 1% of patients wait " + weeks(longDays) + " or more for a test; NHS England's "
                + "reporting guidance is that no examination should take more than " + lateDays + " days to report.");
        h.raw("<table class=\"data\"><thead><tr>");
        h.raw("<th rowspan=\"2\">Modality</th><th class=\"num\" rowspan=\"2\">Records</th>");
        h.raw("<th class=\"num\" colspan=\"3\">Request to test (days)</th>");
        h.raw("<th class=\"num\" colspan=\"3\">Test to report (days)</th>");
        // These two headings may wrap (they span both heading rows): kept on one line they pushed the
        // table past the right margin.
        h.raw("<th class=\"num head-wrap\" rowspan=\"2\">").text(weeks(longDays).replace(' ', '\u00A0') + " or\u00A0more")
                .raw("</th>");
        h.raw("<th class=\"num head-wrap\" rowspan=\"2\">").text("Reported after " + lateDays + "\u00A0days")
                .raw("</th></tr><tr>");
        h.raw("<th class=\"num\">Tests</th><th class=\"num\">Median</th><th class=\"num\">90th pct</th>");
        h.raw("<th class=\"num\">Reports</th><th class=\"num\">Median</th><th class=\"num\">90th pct</th>");
        h.raw("</tr></thead><tbody>");
        for (WaitingTimeStats w : m.waits()) {
            boolean all = WaitingTimeStats.ALL.equals(w.modality());
            h.raw(all ? "<tr class=\"total\">" : "<tr>").el("td", "nowrap", w.modality()).num(Fmt.count(w.records()))
                    .num(Fmt.count(w.requestToTest().count())).num(Fmt.days(w.requestToTest().median()))
                    .num(Fmt.days(w.requestToTest().p90()))
                    .num(Fmt.count(w.testToReport().count())).num(Fmt.days(w.testToReport().median()))
                    .num(Fmt.days(w.testToReport().p90()))
                    .num(share(w.longWaits(), w.longWaitShare())).num(share(w.lateReports(), w.lateReportShare()))
                    .raw("</tr>");
        }
        h.raw("</tbody></table>");
        h.el("p", "note", "Median and 90th percentile in whole days (the 90th percentile interpolates between "
                + "ranks). Shares are of the records with that interval; the count is in brackets. Records with a "
                + "missing or impossible date (a test before its request) are left out.");
        h.raw("</div>");
        if (!m.waitsNote().isEmpty()) {
            h.el("p", "note", m.waitsNote());
        }

        double maxWait = 0;
        double maxReport = 0;
        for (WaitingTimeStats w : m.waits()) {
            maxWait = Math.max(maxWait, finite(w.requestToTest().p90()));
            maxReport = Math.max(maxReport, finite(w.testToReport().p90()));
        }
        double waitScale = niceMax(Math.max(maxWait, longDays));
        double reportScale = niceMax(Math.max(maxReport, lateDays));
        h.raw("<div class=\"keep\">");
        h.el("div", "figure-title", "Figure 2. Request to test by modality (days)");
        legend(h, "median", "90th percentile", weeks(longDays) + " (DM01)");
        Charts.pairs(h, waitRows(m.waits(), true), waitScale, longDays, Charts.dayTicks(waitScale), "", 1);
        h.raw("</div><div class=\"keep\">");
        h.el("div", "figure-title", "Figure 3. Test to report by modality (days)");
        legend(h, "median", "90th percentile", lateDays + " days (reporting guidance)");
        Charts.pairs(h, waitRows(m.waits(), false), reportScale, lateDays, Charts.dayTicks(reportScale), "", 1);
        h.raw("</div>");
        return h.toString();
    }

    private static List<Charts.Row> waitRows(List<WaitingTimeStats> waits, boolean requestToTest) {
        List<Charts.Row> rows = new ArrayList<>();
        for (WaitingTimeStats w : waits) {
            var s = requestToTest ? w.requestToTest() : w.testToReport();
            rows.add(new Charts.Row(w.modality(), s.median(), s.p90(),
                    s.isEmpty() ? "no dates" : Fmt.days(s.median()) + " / " + Fmt.days(s.p90()) + " days",
                    WaitingTimeStats.ALL.equals(w.modality())));
        }
        return rows;
    }

    private static String share(long n, double share) {
        return Double.isNaN(share) ? "–" : Fmt.percent(share) + " (" + Fmt.count(n) + ")";
    }

    private static double finite(double d) {
        return Double.isNaN(d) ? 0 : d;
    }

    /** A scale end a little past the largest value, on a whole week. */
    private static double niceMax(double v) {
        return Math.max(7, Math.ceil(v * 1.08 / 7) * 7);
    }

    private static String weeks(int days) {
        return days % 7 == 0 ? days / 7 + " weeks" : days + " days";
    }

    // ------------------------------------------------------------------ outliers

    private static String checks(List<RuleRow> checks) {
        Html h = new Html();
        if (checks.isEmpty()) {
            h.el("p", null, "The workbench's outlier and plausibility checks do not apply to this file's layout.");
            return h.toString();
        }
        List<RuleRow> found = checks.stream().filter(r -> r.count() > 0).toList();
        List<String> quiet = checks.stream().filter(r -> r.count() == 0).map(RuleRow::code).toList();
        if (found.isEmpty()) {
            h.el("p", null, "None of the " + checks.size() + " checks found anything.");
        } else {
            h.raw("<table class=\"data\">").head("Check", "#Findings", "#Records", "What it looks for");
            h.raw("<tbody>");
            long total = 0;
            for (RuleRow r : found) {
                total += r.count();
                h.raw("<tr>").el("td", "code", r.code()).num(Fmt.count(r.count())).num(records(r)).td(r.meaning())
                        .raw("</tr>");
            }
            h.raw("<tr class=\"total\">").td("Total").num(Fmt.count(total)).td("").td("").raw("</tr>");
            h.raw("</tbody></table>");
        }
        if (!quiet.isEmpty() && !found.isEmpty()) {
            h.el("p", "small", "Checks that found nothing: " + String.join(", ", quiet) + ".");
        }
        return h.toString();
    }

    // ------------------------------------------------------------------ corrections

    private static String corrections(ReportModel m) {
        Html h = new Html();
        Corrections c = m.corrections();
        if (c.isEmpty()) {
            h.el("p", null, "None: no cell has been changed, so the figures above are those of the file as submitted.");
            return h.toString();
        }
        h.el("p", null, Fmt.plural(c.actions(), "correction") + " changed " + Fmt.plural(c.cellsChanged(), "cell")
                + "; " + Fmt.plural(c.cellsEdited(), "cell") + (c.cellsEdited() == 1 ? " now differs" : " now differ")
                + " from the file" + (c.undone() > 0 ? " (" + Fmt.plural(c.undone(), "further correction")
                + " undone and not counted)" : "") + ". The original file is never changed; the corrections go into "
                + "the exported corrected file.");
        h.raw("<div class=\"keep\">");
        h.el("h3", null, "Verdict before and after");
        h.raw("<table class=\"data narrow\">").head("", "#When opened", "#Now");
        h.raw("<tbody>");
        row(h, "Verdict", m.before().rejected() ? "Rejected" : "Accepted", m.now().rejected() ? "Rejected" : "Accepted");
        row(h, "Errors", Fmt.count(m.before().errors()), Fmt.count(m.now().errors()));
        row(h, "Records with errors", Fmt.count(m.before().errorRecords()), Fmt.count(m.now().errorRecords()));
        row(h, "Warnings", Fmt.count(m.before().warnings()), Fmt.count(m.now().warnings()));
        row(h, "Workbench findings", Fmt.count(m.before().workbench()), Fmt.count(m.now().workbench()));
        h.raw("</tbody></table></div>");
        tallies(h, "Cells changed by data item", "Data item", c.byItem());
        tallies(h, "Cells changed by rule fixed", "Rule (or kind of change)", c.byRule());
        return h.toString();
    }

    private static void row(Html h, String label, String before, String now) {
        h.raw("<tr>").td(label).num(before).num(now).raw("</tr>");
    }

    private static void tallies(Html h, String title, String column, List<Tally> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        h.raw("<div class=\"keep\">");
        h.el("h3", null, title);
        h.raw("<table class=\"data narrow\">").head(column, "#Cells changed").raw("<tbody>");
        for (Tally t : tallies) {
            h.raw("<tr>").td(t.label()).num(Fmt.count(t.count())).raw("</tr>");
        }
        h.raw("</tbody></table></div>");
    }

    // ------------------------------------------------------------------ appendix

    private static String appendix(ReportModel m) {
        ReportModel.Appendix a = m.appendix().orElseThrow();
        Html h = new Html();
        h.raw("<h2 class=\"new-page\">Appendix&#160;&#160;Every issue</h2>");
        h.el("p", null, "One row per failing rule per record, in file order, outlier findings included. Records are "
                + "named by line and accession number; NHS numbers, birth dates and postcodes quoted in values and "
                + "messages are masked with * (letters and digits hidden, length and separators kept).");
        if (a.truncated()) {
            h.el("p", null, "Only the first " + Fmt.count(a.lines().size()) + " of " + Fmt.count(a.total())
                    + " issues are listed; the issues file (validate --issues) has them all.");
        }
        if (a.lines().isEmpty()) {
            h.el("p", null, "There are no issues.");
            return h.toString();
        }
        // fixed column widths: left to itself the layout squeezes values and gives the rule codes room to spare
        h.raw("<table class=\"data appendix\"><colgroup><col style=\"width: 9mm\"/><col style=\"width: 22mm\"/>"
                + "<col style=\"width: 20mm\"/><col style=\"width: 12mm\"/><col style=\"width: 24mm\"/>"
                + "<col style=\"width: 18mm\"/><col/></colgroup>")
                .head("#Line", "Accession number", "Rule", "Severity", "Data item", "Value", "Message");
        h.raw("<tbody>");
        for (ReportModel.IssueLine l : a.lines()) {
            h.raw("<tr>").num(Fmt.count(l.line())).el("td", "wrap", l.accession()).el("td", "code", l.rule())
                    .el("td", "sev-" + l.severity(), capital(l.severity())).td(l.item()).el("td", "wrap", l.value())
                    .td(l.message()).raw("</tr>");
        }
        h.raw("</tbody></table>");
        return h.toString();
    }

    // ------------------------------------------------------------------ CSS strings for the page margins

    /** A CSS string literal: quotes, backslashes and anything outside printable ASCII escaped. */
    static String cssString(String s) {
        return "\"" + cssText(s) + "\"";
    }

    /** Text for inside a CSS string literal (see {@link #cssString}). */
    static String cssText(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' && cp != '<' && cp != '>' && cp != '&') {
                b.append((char) cp);
            } else if (cp >= 0x20) {
                b.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return b.toString();
    }
}
