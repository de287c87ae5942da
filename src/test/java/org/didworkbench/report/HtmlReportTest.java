package org.didworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.didworkbench.domain.outliers.IntervalSummary;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.domain.quality.Dqmi;
import org.didworkbench.domain.quality.ItemQuality;
import org.junit.jupiter.api.Test;

/** The template filled from a hand-made model: wording, escaping, and the corrections section. */
class HtmlReportTest {
    static final ZonedDateTime AT = ZonedDateTime.of(2026, 10, 14, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    static ReportModel model(String fileName, ReportModel.Outcome before, ReportModel.Outcome now, boolean edited,
                             ReportModel.Corrections corrections) {
        ReportModel.Header header = new ReportModel.Header(fileName, "", "source file not available (moved)", 3,
                "DID v1 (DIDS v1.0)", false, LocalDate.of(2026, 10, 15), AT, "1.0", "", AT, "UTF-8, CRLF line endings",
                List.of(), List.of("DIDS016"));
        ItemQuality q = new ItemQuality("ETHNIC_CATEGORY", 3, 3, 2, 1);
        ReportModel.ItemRow item = new ReportModel.ItemRow("ETHNIC CATEGORY", q, Dqmi.score(q, 0.035), true);
        WaitingTimeStats all = new WaitingTimeStats(WaitingTimeStats.ALL, 3, new IntervalSummary(3, 10, 40.2),
                new IntervalSummary(0, Double.NaN, Double.NaN), 42, 1, 28, 0);
        List<ReportModel.RuleRow> rules = now.errors() == 0 ? List.of() : List.of(new ReportModel.RuleRow("DIDS012",
                "error", now.errors(), now.errorRecords(), List.of("ETHNIC CATEGORY"), "ETHNIC CATEGORY must be a code."));
        return new ReportModel(header, before, now, edited, List.of(item), 50.0, Dqmi.Thresholds.didV1(), rules,
                List.of(), List.of(all), "", List.of(new ReportModel.RuleRow("DQW-DM01-6WK", "warning", 1, 1, List.of(),
                "6 weeks or more.")), corrections, Optional.empty());
    }

    @Test
    void correctionsShowTheVerdictBeforeAndAfterAndTheCountsByItemAndRule() {
        var before = new ReportModel.Outcome(true, "Would be rejected: 1 error in 1 record", 1, 0, 1, 1);
        var now = new ReportModel.Outcome(false, "Would be accepted: no errors or warnings", 0, 0, 1, 0);
        var corrections = new ReportModel.Corrections(1, 1, 1, 0,
                List.of(new ReportModel.Tally("ETHNIC CATEGORY", 1)), List.of(new ReportModel.Tally("DIDS012", 1)));
        String html = new HtmlReport().render(model("m.csv", before, now, true, corrections));

        assertThat(html).contains("WOULD BE ACCEPTED", "When the file was opened: would be rejected: 1 error in 1 record",
                "Verdict before and after", "<td class=\"num\">Rejected</td><td class=\"num\">Accepted</td>",
                "Cells changed by data item", "Cells changed by rule fixed", "<td>DIDS012</td><td class=\"num\">1</td>",
                "1 correction changed 1 cell; 1 cell now differs from the file");
        assertThat(html).doesNotContain("None: no cell has been changed");
    }

    @Test
    void noCorrectionsSaysSo() {
        var outcome = new ReportModel.Outcome(true, "Would be rejected: 2 errors in 1 record", 2, 0, 1, 1);
        String html = new HtmlReport().render(model("m.csv", outcome, outcome, false, ReportModel.Corrections.none()));
        assertThat(html).contains("None: no cell has been changed", "WOULD BE REJECTED", "Why: errors by rule",
                "Not available: source file not available (moved)", "DIDS016 (their reference data was not loaded");
        assertThat(html).doesNotContain("When the file was opened");
    }

    @Test
    void aHostileFileNameCannotBreakThePageOrItsMargins() throws Exception {
        var outcome = new ReportModel.Outcome(false, "Would be accepted: no errors or warnings", 0, 0, 0, 0);
        String name = "a\"b<script>&c'\\é.csv";
        String html = new HtmlReport().render(model(name, outcome, outcome, false, ReportModel.Corrections.none()));

        // well-formed XML: the PDF converter parses it as such
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(html).doesNotContain("<script>").contains("a&quot;b&lt;script&gt;&amp;c&#39;\\é.csv");
        assertThat(HtmlReport.cssString(name)).isEqualTo("\"a\\22 b\\3c script\\3e \\26 c'\\5c \\e9 .csv\"");
    }

    @Test
    void numbersReadAsAPersonWouldWriteThem() {
        assertThat(Fmt.percent(1.0)).isEqualTo("100%");
        assertThat(Fmt.percent(0.9999999)).isEqualTo(">99.9%");
        assertThat(Fmt.percent(0.564128)).isEqualTo("56.4%");
        assertThat(Fmt.percent(0.0001)).isEqualTo("<0.1%");
        assertThat(Fmt.percent(Double.NaN)).isEqualTo("–");
        assertThat(Fmt.days(29.8)).isEqualTo("29.8");
        assertThat(Fmt.days(1193)).isEqualTo("1,193");
        assertThat(Charts.dayTicks(56)).containsExactly(0, 14, 28, 42, 56);
    }
}
