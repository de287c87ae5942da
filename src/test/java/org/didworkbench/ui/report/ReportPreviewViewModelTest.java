package org.didworkbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.didworkbench.App;
import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.service.CancellationToken;
import org.didworkbench.service.ImportRequest;
import org.didworkbench.service.PageImage;
import org.didworkbench.service.ProgressListener;
import org.didworkbench.service.Session;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.ScriptedDialogs;
import org.didworkbench.ui.common.SessionCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report preview without a display: the report of the sample is made, its pages drawn on request,
 * the appendix box makes it again, saving writes what is shown, and printing sends the chosen pages in
 * order (to a fake printer) or says plainly that there is no printer.
 */
class ReportPreviewViewModelTest {
    @TempDir
    static Path shared;
    static App app;
    static Path workspace;

    @TempDir
    Path temp;
    private final InlineTaskRunner runner = new InlineTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FakePrinter printer = new FakePrinter();
    private final List<Exception> failures = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();
    private Session session;
    private ReportPreviewViewModel vm;

    @BeforeAll
    static void checkTheSample() throws Exception {
        app = new App();
        workspace = shared.resolve("sample.didw");
        app.validateService().validate(new ImportRequest(Samples.SAMPLE, workspace, HeaderMode.AUTO,
                Samples.SUBMISSION_DATE, Samples.REFERENCE, null), true, null, null, ProgressListener.NONE,
                new CancellationToken());
    }

    @BeforeEach
    void openIt() throws Exception {
        session = app.sessionService().open(workspace);
        SessionCalls calls = new SessionCalls(runner, failures::add);
        calls.replace(session);
        vm = new ReportPreviewViewModel(calls, app.reportService(), dialogs, printer,
                new ReportPreviewViewModel.Subject("did-v1-sample-2026-09.csv", temp, Samples.SAMPLE), announced::add);
    }

    @AfterEach
    void closeIt() {
        vm.dispose();
        session.close();
    }

    private int pdfPages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void makesTheReportAndDrawsThePagesAskedFor() throws Exception {
        assertThat(vm.pageTextProperty().get()).isEmpty();
        vm.generate();

        assertThat(dialogs.shown).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        int pages = vm.pageCountProperty().get();
        dialogs.reportTarget = temp.resolve("shown.pdf");
        vm.savePdf();
        assertThat(pages).isEqualTo(pdfPages(temp.resolve("shown.pdf"))).isGreaterThan(2);
        assertThat(vm.pageTextProperty().get()).isEqualTo("Page 1 of " + pages);
        assertThat(vm.statusProperty().get()).startsWith("Saved ");
        vm.currentPageProperty().set(3);
        assertThat(vm.pageTextProperty().get()).isEqualTo("Page 3 of " + pages);

        List<Integer> heard = new ArrayList<>();
        vm.images().addListener((javafx.collections.MapChangeListener<Integer, PageImage>) c -> {
            if (c.wasAdded()) {
                heard.add(c.getKey());
            }
        });
        System.gc(); // a listener on the pages must outlive any wrapper the view model hands out
        vm.show(List.of(0, 1), 96);
        assertThat(vm.images()).containsOnlyKeys(0, 1);
        assertThat(heard).containsExactly(0, 1);
        PageImage first = vm.images().get(0);
        assertThat(first.dpi()).isEqualTo(96f);
        assertThat((double) first.height() / first.width()).isCloseTo(Math.sqrt(2), within(0.01));

        // scrolled on and zoomed in: the pages out of view go, the one in view is drawn again, sharper
        vm.show(List.of(1, pages - 1), 150);
        assertThat(vm.images()).containsOnlyKeys(1, pages - 1);
        assertThat(vm.images().get(1).dpi()).isEqualTo(150f);
        assertThat(vm.images().get(1).width()).isGreaterThan(first.width());
        vm.show(List.of(pages + 5, -1), 150); // pages it does not have are ignored
        assertThat(vm.images()).isEmpty();
    }

    @Test
    void theAppendixBoxMakesTheReportAgain() throws Exception {
        vm.generate();
        int summaryPages = vm.pageCountProperty().get();
        assertThat(vm.documentProperty().get().html()).doesNotContain("Appendix");

        vm.appendixProperty().set(true);
        assertThat(vm.documentProperty().get().appendix()).isTrue();
        assertThat(vm.documentProperty().get().html()).contains("Appendix", "Every issue");
        assertThat(vm.pageCountProperty().get()).isGreaterThan(summaryPages);
        assertThat(vm.statusProperty().get()).contains("appendix lists every issue");
        assertThat(vm.pageTextProperty().get()).isEqualTo("Page 1 of " + vm.pageCountProperty().get());

        vm.appendixProperty().set(false);
        assertThat(vm.documentProperty().get().appendix()).isFalse();
        assertThat(vm.pageCountProperty().get()).isEqualTo(summaryPages);
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aCancelledAppendixKeepsTheReportShownAndUnticksTheBox() {
        vm.generate();
        var shown = vm.documentProperty().get();
        runner.cancelNext();
        vm.appendixProperty().set(true);
        assertThat(vm.documentProperty().get()).isSameAs(shown);
        assertThat(vm.appendixProperty().get()).as("the box describes the report shown").isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled");
        assertThat(vm.closeRequestedProperty().get()).isFalse();
    }

    @Test
    void cancellingTheFirstReportClosesThePreviewQuietly() {
        runner.cancelNext();
        vm.generate();
        assertThat(vm.documentProperty().get()).isNull();
        assertThat(vm.closeRequestedProperty().get()).isTrue();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void savesThePdfShownAndTheHtmlItWasMadeFromButNeverOverTheSource() throws Exception {
        vm.generate();
        Path pdf = temp.resolve("out/report.pdf");
        dialogs.reportTarget = pdf;
        vm.savePdf();
        assertThat(dialogs.lastSuggestedName).isEqualTo("did-v1-sample-2026-09-quality-report.pdf");
        assertThat(pdfPages(pdf)).isEqualTo(vm.pageCountProperty().get());
        assertThat(announced).containsExactly("Quality report written: " + pdf);

        Path html = temp.resolve("out/report.html");
        dialogs.reportTarget = html;
        vm.saveHtml();
        assertThat(dialogs.lastSuggestedName).isEqualTo("did-v1-sample-2026-09-quality-report.html");
        assertThat(Files.readString(html)).isEqualTo(vm.documentProperty().get().html())
                .doesNotContain(Samples.BAD_NHS);

        dialogs.reportTarget = Samples.SAMPLE;
        long before = Files.size(Samples.SAMPLE);
        vm.savePdf();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo(
                "Choose another file name"));
        assertThat(Files.size(Samples.SAMPLE)).isEqualTo(before);

        dialogs.reportTarget = null; // the user closed the dialog
        vm.saveHtml();
        assertThat(announced).hasSize(2);
    }

    @Test
    void printSendsEveryPageInOrderAtPrintResolution() {
        vm.generate();
        int pages = vm.pageCountProperty().get();
        vm.print();

        assertThat(printer.dialogs).isEqualTo(1);
        assertThat(printer.jobName).isEqualTo("did-v1-sample-2026-09-quality-report");
        assertThat(printer.printedPages()).isEqualTo(java.util.stream.IntStream.range(0, pages).boxed().toList());
        assertThat(printer.printed).allSatisfy(p -> {
            assertThat(p.dpi()).isEqualTo(ReportPreviewViewModel.PRINT_DPI);
            assertThat(p.width()).isBetween(1650, 1657); // 210 mm at 200 dpi
        });
        assertThat(printer.finished).isTrue();
        assertThat(printer.aborted).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Sent " + pages + " pages to the printer.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void printSendsOnlyTheRangeChosen() {
        vm.generate();
        printer.range = List.of(1, 2);
        vm.print();
        assertThat(printer.printedPages()).containsExactly(1, 2);
        assertThat(vm.statusProperty().get()).isEqualTo("Sent 2 pages to the printer.");

        printer.printed.clear();
        printer.range = List.of(40, 41);
        vm.print();
        assertThat(printer.printed).isEmpty();
        assertThat(printer.aborted).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("The pages chosen are not in this report");
    }

    @Test
    void withNoPrinterItSaysSoAndWhatToDoInstead() {
        vm.generate();
        printer.installed = false;
        vm.print();
        assertThat(printer.dialogs).isZero();
        assertThat(dialogs.shown).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("information");
            assertThat(s.title()).isEqualTo("No printer");
            assertThat(s.message()).contains("no printer", "Save as PDF");
        });
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aCancelledPrintDialogOrPrintSendsNothingMore() {
        vm.generate();
        printer.userCancels = true;
        vm.print();
        assertThat(printer.printed).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Printing cancelled; nothing was sent.");

        printer.userCancels = false;
        runner.cancelNext(); // Cancel pressed before the first page went
        vm.print();
        assertThat(printer.printed).isEmpty();
        assertThat(printer.aborted).isTrue();
        assertThat(printer.finished).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Printing cancelled.");
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aPrinterThatRefusesAPageStopsTheJobAndSaysWhere() {
        vm.generate();
        printer.refuseAt = 1;
        vm.print();
        assertThat(printer.printedPages()).containsExactly(0);
        assertThat(printer.aborted).isTrue();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("The printer stopped at page 2; 1 page was sent before it."));
    }

    @Test
    void zoomStepsFromFitWidthAndBack() {
        assertThat(vm.fitWidthProperty().get()).isTrue();
        vm.fitted(0.87);
        assertThat(vm.zoomTextProperty().get()).isEqualTo("Fit width \u00B7 87%");
        vm.zoomIn();
        assertThat(vm.fitWidthProperty().get()).isFalse();
        assertThat(vm.scaleProperty().get()).isEqualTo(0.9);
        assertThat(vm.zoomTextProperty().get()).isEqualTo("90%");
        vm.fitted(1.3); // the window was resized: not fitting any more, so the zoom stays
        assertThat(vm.scaleProperty().get()).isEqualTo(0.9);
        vm.zoomOut();
        vm.zoomOut();
        assertThat(vm.scaleProperty().get()).isEqualTo(0.67);
        vm.actualSize();
        assertThat(vm.zoomTextProperty().get()).isEqualTo("100%");
        for (int i = 0; i < 20; i++) {
            vm.zoomIn();
        }
        assertThat(vm.scaleProperty().get()).isEqualTo(ReportPreviewViewModel.MAX_ZOOM);
        vm.fitToWidth();
        vm.fitted(1.12);
        assertThat(vm.zoomTextProperty().get()).isEqualTo("Fit width \u00B7 112%");
    }
}
