package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.outliers.WaitingTimeStats;
import org.didworkbench.report.ReportModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality report of the bundled sample: its figures are the summary JSON's, it carries no
 * patient identifier, and the PDF has its sections and page furniture.
 */
class ReportServiceTest {
    static final Path SAMPLE = Path.of("sample-data/did-v1-sample-2026-09.csv");
    static final Path REFERENCE = Path.of("sample-data/reference");

    @TempDir
    static Path dir;
    static App app;
    static Path workspace;
    static JsonNode summary;
    static ReportModel model;
    static String html;
    static Set<String> identifiers;

    @BeforeAll
    static void validateTheSample() throws Exception {
        app = new App();
        workspace = dir.resolve("sample.didw");
        Path json = dir.resolve("summary.json");
        app.validateService().validate(new ImportRequest(SAMPLE, workspace, HeaderMode.AUTO, LocalDate.of(2026, 10, 15),
                REFERENCE, null), true, null, json, ProgressListener.NONE, new CancellationToken());
        summary = new ObjectMapper().readTree(json.toFile());
        try (Session session = app.sessionService().open(workspace)) {
            model = app.reportService().build(session, ReportOptions.summaryOnly());
            html = app.reportService().render(model);
        }
        identifiers = identifiersIn(SAMPLE);
    }

    /**
     * Every NHS number, birth date and postcode in the file, read by position (NHS NUMBER is field 1,
     * PERSON BIRTH DATE 3, POSTCODE OF USUAL ADDRESS 6). The sample has none shorter than 5 characters.
     */
    static Set<String> identifiersIn(Path file) throws IOException {
        Set<String> values = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                for (int i : new int[] {0, 2, 5}) {
                    if (i < r.size() && !r.get(i).isBlank()) {
                        values.add(r.get(i).strip());
                    }
                }
            }
        }
        assertThat(values).hasSizeGreaterThan(3000).allMatch(v -> v.length() >= 5);
        return values;
    }

    static List<String> found(String text, Set<String> values) {
        List<String> hits = new ArrayList<>();
        for (String v : values) {
            if (text.contains(v)) {
                hits.add(v);
            }
        }
        return hits;
    }

    /** Extracted text with every run of white space (non-breaking too) as one space. */
    static String words(String text) {
        return text.replaceAll("[\\s\u00A0]+", " ");
    }

    @Test
    void theVerdictAndCountsAreTheSummaryJsons() {
        assertThat(model.header().records()).isEqualTo(summary.get("records").asLong());
        assertThat(model.header().fileName()).isEqualTo(summary.get("file").asText());
        assertThat(model.now().rejected()).isEqualTo(summary.get("verdict").asText().equals("rejected"));
        assertThat(model.now().errors()).isEqualTo(summary.get("errors").asLong());
        assertThat(model.now().warnings()).isEqualTo(summary.get("warnings").asLong());
        assertThat(model.now().workbench()).isEqualTo(summary.get("workbenchFindings").asLong());
        assertThat(model.now().errorRecords()).isEqualTo(summary.get("errorRecords").asLong());
        assertThat(model.now().sentence()).isEqualTo(summary.get("verdictText").asText());
        assertThat(model.before()).isEqualTo(model.now());
        assertThat(model.edited()).isFalse();
        assertThat(model.corrections().isEmpty()).isTrue();
        assertThat(html).contains("WOULD BE REJECTED", summary.get("verdictText").asText().substring(19));
    }

    @Test
    void everyRuleCountIsTheSummaryJsons() {
        Map<String, Long> shown = new java.util.TreeMap<>();
        model.rules().forEach(r -> shown.put(r.code(), r.count()));
        model.checks().stream().filter(r -> r.count() > 0).forEach(r -> shown.put(r.code(), r.count()));
        Map<String, Long> expected = new java.util.TreeMap<>();
        summary.get("byRule").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
        assertThat(shown).isEqualTo(expected);
        for (ReportModel.RuleRow r : model.rules()) {
            JsonNode rule = summary.get("rules").get(r.code());
            assertThat(r.severity()).isEqualTo(rule.get("severity").asText());
            assertThat(r.meaning()).isEqualTo(rule.get("description").asText());
            assertThat(r.records()).isBetween(1L, r.count());
        }
        // errors come first, so the first page's "why" lists errors only
        assertThat(model.errorRules()).isEqualTo(model.rules().subList(0, model.errorRules().size()));
        assertThat(model.errorRules().stream().mapToLong(ReportModel.RuleRow::count).sum())
                .isEqualTo(summary.get("errors").asLong());
    }

    @Test
    void itemFiguresAreTheSummaryJsons() {
        JsonNode items = summary.get("items");
        assertThat(model.items()).hasSize(items.size());
        for (ReportModel.ItemRow row : model.items()) {
            JsonNode i = items.get(row.quality().item());
            assertThat(row.quality().present()).isEqualTo(i.get("present").asLong());
            assertThat(row.quality().valid()).isEqualTo(i.get("valid").asLong());
            assertThat(row.quality().defaults()).isEqualTo(i.get("defaults").asLong());
            assertThat(row.quality().completeness()).isCloseTo(i.get("completeness").asDouble(), within(1e-6));
            assertThat(row.quality().validity()).isCloseTo(i.get("validity").asDouble(), within(1e-6));
            assertThat(row.quality().defaultRate()).isCloseTo(i.get("defaultRate").asDouble(), within(1e-6));
        }
        // IMAGING CODE (SNOMED-CT) is given in 1,126 of 1,996 well-formed records: the table says 56.4%
        assertThat(html).contains("IMAGING CODE (SNOMED-CT)", "56.4%");
        assertThat(model.dqmi()).isBetween(0.0, 100.0);
    }

    @Test
    void waitingTimesAreTheSummaryJsons() {
        JsonNode waits = summary.get("waitingTimes");
        assertThat(model.waits()).hasSize(waits.size());
        for (int k = 0; k < waits.size(); k++) {
            JsonNode w = waits.get(k);
            WaitingTimeStats s = model.waits().get(k);
            assertThat(s.modality()).isEqualTo(w.get("modality").asText());
            assertThat(s.requestToTest().count()).isEqualTo(w.get("requestToTest").get("count").asLong());
            assertThat(s.requestToTest().median()).isEqualTo(w.get("requestToTest").get("median").asDouble());
            assertThat(s.requestToTest().p90()).isEqualTo(w.get("requestToTest").get("p90").asDouble());
            assertThat(s.testToReport().median()).isEqualTo(w.get("testToReport").get("median").asDouble());
            assertThat(s.longWaits()).isEqualTo(w.get("longWaits").asLong());
            assertThat(s.longWaitShare()).isCloseTo(w.get("longWaitShare").asDouble(), within(1e-4));
            assertThat(s.lateReports()).isEqualTo(w.get("lateReports").asLong());
        }
        assertThat(model.waits().get(model.waits().size() - 1).modality()).isEqualTo(WaitingTimeStats.ALL);
    }

    @Test
    void theHeaderNamesTheFileItsChecksumAndTheReferenceData() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SAMPLE)));
        assertThat(model.header().sha256()).isEqualTo(sha);
        assertThat(model.header().submissionDate()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(model.header().references()).extracting(ReportModel.Reference::kind)
                .containsExactly("ODS organisations", "Postcode directory", "NICIP and SNOMED CT imaging codes");
        assertThat(html).contains(sha, "15 October 2026", "postcodes.csv");
    }

    @Test
    void theHtmlHoldsNoNhsNumberBirthDateOrPostcode() throws Exception {
        assertThat(found(html, identifiers)).isEmpty();
        try (Session session = app.sessionService().open(workspace)) { // as the window asks for it
            String page = app.reportService().html(session, ReportOptions.withAppendix());
            assertThat(page).contains("WOULD BE REJECTED", "Appendix");
            assertThat(found(page, identifiers)).isEmpty();
        }
    }

    @Test
    void thePdfHasItsSectionsPageNumbersAndFileNameOnEveryPageAndNoIdentifiers() throws Exception {
        byte[] pdf = app.reportService().pdf(app.reportService().render(model));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isBetween(3, 12);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(1f)); // A4
            PDFTextStripper stripper = new PDFTextStripper();
            String all = words(stripper.getText(doc));
            assertThat(all).contains("Data quality summary", "1 Verdict", "2 Data items", "3 Issues by rule",
                    "4 Waiting times by modality", "5 Outliers and plausibility", "6 Corrections made in this workspace",
                    "Figure 1.", "Figure 2.", "DQMI-style score", "WOULD BE REJECTED", "DIDS001");
            assertThat(all).doesNotContain("Appendix");
            assertThat(found(all, identifiers)).isEmpty();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = words(stripper.getText(doc));
                assertThat(page).contains("Page " + p + " of " + pages, "did-v1-sample-2026-09.csv");
            }
        }
    }

    /** The right edge of the text area: A4 less the template's 16 mm right margin, in points. */
    static final float RIGHT_EDGE = 595.28f - 16 / 25.4f * 72;

    /** The right-most point any text reaches on each page (PDFBox's glyph positions). */
    static float[] rightmostText(PDDocument doc) throws IOException {
        float[] right = new float[doc.getNumberOfPages()];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                for (org.apache.pdfbox.text.TextPosition g : glyphs) {
                    if (!g.getUnicode().isBlank()) {
                        int page = getCurrentPageNo() - 1;
                        right[page] = Math.max(right[page], g.getXDirAdj() + g.getWidthDirAdj());
                    }
                }
            }
        };
        stripper.getText(doc);
        return right;
    }

    @Test
    void noTextCrossesTheRightMarginOnAnyPage() throws Exception {
        ReportModel withAppendix;
        try (Session session = app.sessionService().open(workspace)) {
            withAppendix = app.reportService().build(session, ReportOptions.withAppendix());
        }
        for (ReportModel m : List.of(model, withAppendix)) {
            try (PDDocument doc = Loader.loadPDF(app.reportService().pdf(app.reportService().render(m)))) {
                float[] right = rightmostText(doc);
                for (int p = 0; p < right.length; p++) {
                    assertThat(right[p]).as("page %d of %d", p + 1, right.length).isLessThanOrEqualTo(RIGHT_EDGE + 0.5f)
                            .isGreaterThan(RIGHT_EDGE - 20); // the running file name is right-aligned to it
                }
            }
        }
    }

    @Test
    void theAppendixListsEveryIssueWithIdentifiersMasked() throws Exception {
        ReportModel withAppendix;
        try (Session session = app.sessionService().open(workspace)) {
            withAppendix = app.reportService().build(session, ReportOptions.withAppendix());
        }
        ReportModel.Appendix appendix = withAppendix.appendix().orElseThrow();
        long issues = summary.get("errors").asLong() + summary.get("warnings").asLong()
                + summary.get("workbenchFindings").asLong();
        assertThat(appendix.total()).isEqualTo(issues);
        assertThat(appendix.lines()).hasSize((int) issues);
        assertThat(appendix.truncated()).isFalse();

        // NHS NUMBER issues keep the value's shape, never its digits
        List<ReportModel.IssueLine> nhs = appendix.lines().stream().filter(l -> l.rule().equals("DIDS001")).toList();
        assertThat(nhs).hasSize(6).allSatisfy(l -> {
            assertThat(l.value()).isEqualTo("**********");
            assertThat(l.message()).startsWith("NHS NUMBER '**********' fails the modulus 11 check digit");
            assertThat(l.accession()).isNotBlank();
            assertThat(l.line()).isPositive();
        });
        // a birth date quoted in a workbench message about another item
        assertThat(appendix.lines().stream().filter(l -> l.rule().equals("DQW-AGE-EXAM")))
                .allSatisfy(l -> assertThat(l.message()).contains("PERSON BIRTH DATE '****-**-**'"));
        // values that identify no one stay readable
        assertThat(appendix.lines().stream().filter(l -> l.rule().equals("DIDS045")))
                .allSatisfy(l -> assertThat(l.value()).containsPattern("\\d{2}").doesNotContain("*"));

        String page = app.reportService().render(withAppendix);
        assertThat(page).contains("Appendix", "Every issue");
        assertThat(found(page, identifiers)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(app.reportService().pdf(app.reportService().render(withAppendix)))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Appendix", "**********");
            assertThat(found(text, identifiers)).isEmpty();
        }
    }

    @Test
    void theAppendixStopsAtItsLimitAndSaysSo() throws Exception {
        try (Session session = app.sessionService().open(workspace)) {
            ReportModel m = app.reportService().build(session, new ReportOptions(true, 10));
            assertThat(m.appendix().orElseThrow().lines()).hasSize(10);
            assertThat(m.appendix().orElseThrow().truncated()).isTrue();
            assertThat(app.reportService().render(m)).contains("Only the first 10 of");
        }
    }

    @Test
    void aMovedSourceFileHasNoChecksumAndTheReportSaysWhy() throws Exception {
        Path copy = dir.resolve("moved.csv");
        Files.copy(SAMPLE, copy);
        Path ws = dir.resolve("moved.didw");
        app.validateService().validate(new ImportRequest(copy, ws, HeaderMode.AUTO, LocalDate.of(2026, 10, 15), null,
                null), true, null, null, ProgressListener.NONE, new CancellationToken());
        Files.delete(copy);
        try (Session session = app.sessionService().open(ws)) {
            ReportModel m = app.reportService().build(session, ReportOptions.summaryOnly());
            assertThat(m.header().sha256()).isEmpty();
            assertThat(m.header().sha256Note()).startsWith("source file not available");
            assertThat(m.header().references()).isEmpty();
            assertThat(m.header().notChecked()).isNotEmpty();
            assertThat(app.reportService().render(m)).contains("Not available: source file not available");
        }
    }

    @Test
    void thePreviewHoldsThePdfItSavesAndItsPagesAsPixels() throws Exception {
        List<String> phases = new ArrayList<>();
        try (Session session = app.sessionService().open(workspace);
             ReportDocument doc = app.reportService().preview(session, ReportOptions.summaryOnly(),
                     (done, total, phase) -> phases.add(done + "/" + total + " " + phase), new CancellationToken())) {
            assertThat(phases).first().isEqualTo("0/3 Gathering the figures");
            assertThat(phases).last().asString().startsWith("3/3");
            assertThat(doc.appendix()).isFalse();
            assertThat(found(doc.html(), identifiers)).isEmpty();
            Path pdf = dir.resolve("preview/report.pdf");
            Path page = dir.resolve("preview/report.html");
            app.reportService().save(doc, pdf);
            app.reportService().save(doc, page);
            assertThat(Files.readString(page)).isEqualTo(doc.html());
            try (PDDocument saved = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(doc.pageCount()).isEqualTo(saved.getNumberOfPages());
                assertThat(Files.size(pdf)).isEqualTo(doc.pdfSize());
                String last = words(new PDFTextStripper().getText(saved));
                assertThat(last).contains("Page " + doc.pageCount() + " of " + doc.pageCount());
            }
            PageImage first = doc.render(0, 96);
            assertThat((double) first.height() / first.width()).isCloseTo(Math.sqrt(2), within(0.01));
            assertThat(java.util.Arrays.stream(first.argb()).filter(p -> (p & 0xFFFFFF) < 0x404040).count())
                    .as("text on the first page").isGreaterThan(1000);
        }
    }

    @Test
    void aCancelledPreviewStopsBeforeTheLayout() throws Exception {
        CancellationToken cancel = new CancellationToken();
        List<String> phases = new ArrayList<>();
        try (Session session = app.sessionService().open(workspace)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.reportService().preview(session,
                    ReportOptions.summaryOnly(), (done, total, phase) -> {
                        phases.add(phase);
                        cancel.cancel();
                    }, cancel)).isInstanceOf(CancelledException.class);
        }
        assertThat(phases).containsExactly("Gathering the figures");
    }

    @Test
    void writesAtomicallyByExtensionAndRefusesOtherNames() throws Exception {
        Path html = dir.resolve("out/report.html");
        app.reportService().save(app.reportService().render(model), html);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("</html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.reportService().save("<html/>", dir.resolve("r.docx")))
                .isInstanceOf(ServiceException.class).hasMessageContaining(".pdf or .html");
        assertThat(dir.resolve("r.docx")).doesNotExist();
    }
}
