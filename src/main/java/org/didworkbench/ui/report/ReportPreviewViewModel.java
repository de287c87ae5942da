package org.didworkbench.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import org.didworkbench.service.CancelledException;
import org.didworkbench.service.PageImage;
import org.didworkbench.service.ReportDocument;
import org.didworkbench.service.ReportOptions;
import org.didworkbench.service.ReportService;
import org.didworkbench.service.ServiceException;
import org.didworkbench.ui.common.DialogService;
import org.didworkbench.ui.common.ProgressRelay;
import org.didworkbench.ui.common.SessionCalls;
import org.didworkbench.ui.common.TaskRunner;

/**
 * The quality report's preview: makes the report of the open workspace off the UI thread (progress,
 * cancel), holds its pages, zoom and page number, and prints or saves the very PDF it shows.
 *
 * <p>Threading: UI thread. The report, page drawing, printing and saving all go through the
 * {@link TaskRunner}; only the answers come back here.
 */
public final class ReportPreviewViewModel {
    /** Pixels per inch of paper the printer gets: sharp text without spooling hundreds of megabytes. */
    public static final float PRINT_DPI = 200f;
    /** Pixels per inch of paper at 100% on screen (JavaFX's pixel is 1/96 inch). */
    public static final float SCREEN_DPI = 96f;
    /** The zoom steps that + and − go through. */
    static final double[] ZOOM_STEPS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 3.0;

    static final String NO_PRINTER_TITLE = "No printer";
    static final String NO_PRINTER_TEXT = "This computer has no printer set up, so the report cannot be printed"
            + " from here. Choose Save as PDF\u2026 and print the PDF from a computer that has one, or add a"
            + " printer in the system's settings and choose Print\u2026 again.";

    /**
     * What the report is of.
     *
     * @param sourceName the submission file's name (names the saved files and the print job)
     * @param saveFolder where the save dialog starts, or null
     * @param source     the file that was opened, which a save must never overwrite; or null
     */
    public record Subject(String sourceName, Path saveFolder, Path source) {
    }

    private final SessionCalls calls;
    private final TaskRunner runner;
    private final ReportService service;
    private final DialogService dialogs;
    private final ReportPrinter printer;
    private final Subject subject;
    private final Consumer<String> announce;

    private final ReadOnlyObjectWrapper<ReportDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final IntegerProperty currentPage = new SimpleIntegerProperty(this, "currentPage", 1);
    private final BooleanProperty appendix = new SimpleBooleanProperty(this, "appendix");
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(this, "fitWidth", true);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(this, "closeRequested");
    private final ObservableMap<Integer, PageImage> images = FXCollections.observableHashMap();
    /* One wrapper, kept: the wrapper listens to the map weakly, so a fresh one per call would drop listeners. */
    private final ObservableMap<Integer, PageImage> imagesView = FXCollections.unmodifiableObservableMap(images);
    private final StringBinding pageText;
    private final StringBinding zoomText;

    private TaskRunner.Handle running;
    private boolean reverting;
    private boolean disposed;
    /** The pages the view wants drawn, and at what resolution. */
    private final Set<Integer> wanted = new LinkedHashSet<>();
    private float wantedDpi = SCREEN_DPI;
    private boolean drawing;
    private final Set<Integer> failed = new HashSet<>();

    /**
     * @param calls    the open session, reached through the task runner
     * @param announce hears one line for the main window's status bar when a report is saved
     */
    public ReportPreviewViewModel(SessionCalls calls, ReportService service, DialogService dialogs,
                                  ReportPrinter printer, Subject subject, Consumer<String> announce) {
        this.calls = calls;
        this.runner = calls.runner();
        this.service = service;
        this.dialogs = dialogs;
        this.printer = printer;
        this.subject = subject;
        this.announce = announce;
        this.pageText = Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                        : "Page " + Math.min(Math.max(1, currentPage.get()), pageCount.get()) + " of " + pageCount.get(),
                pageCount, currentPage);
        this.zoomText = Bindings.createStringBinding(() -> (fitWidth.get() ? "Fit width \u00B7 " : "")
                + Math.round(scale.get() * 100) + "%", fitWidth, scale);
        appendix.addListener((o, was, now) -> {
            if (reverting) {
                return;
            }
            if (busy.get() || document.get() == null) {
                setAppendixQuietly(was); // the box always describes the report shown (the view disables it meanwhile)
            } else {
                generate();
            }
        });
    }

    // ------------------------------------------------------------ state

    /** The report shown, or null before the first one is made. */
    public ReadOnlyObjectProperty<ReportDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page in view, from 1 (the view sets it as the user scrolls). */
    public IntegerProperty currentPageProperty() {
        return currentPage;
    }

    /** "Page 3 of 7", or empty before the report is made. */
    public StringBinding pageTextProperty() {
        return pageText;
    }

    /** Whether the report lists every issue in an appendix; changing it makes the report again. */
    public BooleanProperty appendixProperty() {
        return appendix;
    }

    /** True while the page width follows the window's width. */
    public ReadOnlyBooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    /** The zoom: 1 is 100% (the page at its paper size on a 96 dpi screen). */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale;
    }

    /** "Fit width · 87%" or "125%". */
    public StringBinding zoomTextProperty() {
        return zoomText;
    }

    /** True while the report is being made, printed or saved; the view shows progress and Cancel. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0…1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** One line about the last thing done (pages made, saved, printed). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Becomes true when there is nothing to preview (the first report was cancelled or failed). */
    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    /** The pages drawn so far at the resolution asked for by {@link #show}, by page index from 0. */
    public ObservableMap<Integer, PageImage> images() {
        return imagesView;
    }

    /** The window's title. */
    public String title() {
        return "Quality report \u2014 " + subject.sourceName();
    }

    // ------------------------------------------------------------ making the report

    /** Makes the report of the workspace as it stands, with or without the appendix as chosen. */
    public void generate() {
        if (busy.get() || disposed) {
            return;
        }
        boolean withAppendix = appendix.get();
        startBusy(withAppendix ? "Making the report with its appendix\u2026" : "Making the report\u2026");
        ProgressRelay relay = new ProgressRelay(runner, r -> {
            progress.set(r.fraction());
            progressText.set(r.phase() + "\u2026");
        });
        ReportOptions options = withAppendix ? ReportOptions.withAppendix() : ReportOptions.summaryOnly();
        running = calls.callCancellable((s, cancel) -> service.preview(s, options, relay, cancel), made -> {
            endBusy();
            if (disposed) {
                made.close();
                return;
            }
            install(made);
        }, e -> {
            endBusy();
            failedToMake(e);
        });
        if (running == null) { // no file open: nothing to make a report of
            endBusy();
            closeRequested.set(true);
        }
    }

    private void install(ReportDocument made) {
        ReportDocument old = document.get();
        images.clear();
        failed.clear();
        // Said first: a page that then fails to draw says so on the same line.
        status.set(String.format(Locale.ROOT, "%d page%s, A4. No NHS number, birth date or postcode in it.%s", made.pageCount(), made.pageCount() == 1 ? "" : "s",
                made.appendix() ? " The appendix lists every issue." : ""));
        pageCount.set(made.pageCount());
        currentPage.set(1);
        setAppendixQuietly(made.appendix());
        document.set(made); // the view lays out the pages and asks for those in view
        release(old);
        drawNext();
    }

    private void failedToMake(Exception e) {
        ReportDocument shown = document.get();
        if (shown == null) {
            if (!(e instanceof CancelledException)) {
                dialogs.showError("Could not make the quality report", describe(e));
            }
            closeRequested.set(true);
            return;
        }
        setAppendixQuietly(shown.appendix()); // the report shown is still the one the box describes
        if (e instanceof CancelledException) {
            status.set("Cancelled; the report shown is unchanged.");
        } else {
            dialogs.showError("Could not make the quality report", describe(e));
        }
    }

    private void setAppendixQuietly(boolean value) {
        reverting = true;
        try {
            appendix.set(value);
        } finally {
            reverting = false;
        }
    }

    /** Cancels what is running (making, printing or saving). */
    public void cancel() {
        if (running != null) {
            running.cancel();
            progressText.set("Cancelling\u2026");
        }
    }

    // ------------------------------------------------------------ pages on screen

    /**
     * The pages in view (and a neighbour or two), from 0, and the resolution to draw them at: 96 × zoom
     * × the screen's own scale. Pages no longer wanted are let go; the wanted ones are drawn one at a
     * time, so scrolling fast never queues a pile of work. An image at another resolution stays until
     * its replacement arrives, so the page never goes blank while zooming.
     */
    public void show(Collection<Integer> pages, float dpi) {
        wanted.clear();
        wanted.addAll(pages);
        if (dpi != wantedDpi) {
            wantedDpi = dpi;
            failed.clear();
        }
        images.keySet().removeIf(p -> !wanted.contains(p));
        drawNext();
    }

    private void drawNext() {
        ReportDocument doc = document.get();
        if (drawing || doc == null || disposed) {
            return;
        }
        float dpi = wantedDpi;
        Integer next = null;
        for (int p : wanted) {
            PageImage have = images.get(p);
            if (p >= 0 && p < doc.pageCount() && !failed.contains(p) && (have == null || have.dpi() != dpi)) {
                next = p;
                break;
            }
        }
        if (next == null) {
            return;
        }
        int page = next;
        drawing = true;
        runner.run(cancel -> doc.render(page, dpi), image -> {
            drawing = false;
            if (doc == document.get() && wanted.contains(page) && image.dpi() == wantedDpi) {
                images.put(page, image);
            }
            drawNext();
        }, e -> {
            drawing = false;
            if (doc == document.get() && !disposed) {
                failed.add(page);
                status.set("Page " + (page + 1) + " could not be shown; it is in the saved PDF as usual.");
            }
            drawNext();
        });
    }

    // ------------------------------------------------------------ zoom

    /** The view found the zoom that fits the page to its width; used while fitting. */
    public void fitted(double fittingScale) {
        if (fitWidth.get()) {
            scale.set(clamp(fittingScale));
        }
    }

    /** Fit the page to the window's width (the view then calls {@link #fitted}). */
    public void fitToWidth() {
        fitWidth.set(true);
    }

    /** 100%: the page at its paper size. */
    public void actualSize() {
        fitWidth.set(false);
        scale.set(1.0);
    }

    /** The next zoom step up. */
    public void zoomIn() {
        double now = scale.get();
        double next = MAX_ZOOM;
        for (double step : ZOOM_STEPS) {
            if (step > now + 0.005) {
                next = step;
                break;
            }
        }
        fitWidth.set(false);
        scale.set(next);
    }

    /** The next zoom step down. */
    public void zoomOut() {
        double now = scale.get();
        double next = MIN_ZOOM;
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < now - 0.005) {
                next = ZOOM_STEPS[i];
                break;
            }
        }
        fitWidth.set(false);
        scale.set(next);
    }

    private static double clamp(double s) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, s));
    }

    // ------------------------------------------------------------ print and save

    /** The name a saved report gets by default: the source's name with "-quality-report" and the extension. */
    public static String reportName(String sourceName, String extension) {
        int dot = sourceName.lastIndexOf('.');
        return (dot > 0 ? sourceName.substring(0, dot) : sourceName) + "-quality-report" + extension;
    }

    /** Save as PDF…: the PDF shown here. */
    public void savePdf() {
        save(".pdf");
    }

    /** Save as HTML…: the page the PDF was made from. */
    public void saveHtml() {
        save(".html");
    }

    private void save(String extension) {
        ReportDocument doc = document.get();
        if (doc == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseReportTarget(subject.saveFolder(),
                reportName(subject.sourceName(), extension));
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get().toAbsolutePath().normalize();
        if (subject.source() != null && out.equals(subject.source().toAbsolutePath().normalize())) {
            dialogs.showError("Choose another file name", "DID Workbench never overwrites the file you opened ("
                    + subject.source().getFileName() + "). Choose another name for the report.");
            return;
        }
        startBusy("Saving " + out.getFileName() + "\u2026");
        running = runner.run(cancel -> {
            service.save(doc, out);
            return out;
        }, written -> {
            endBusy();
            status.set("Saved " + written);
            announce.accept("Quality report written: " + written);
        }, e -> {
            endBusy();
            dialogs.showError("Could not save the quality report", describe(e));
        });
    }

    /**
     * Print…: when there is a printer, the system's print dialog, then every chosen page drawn at
     * {@link #PRINT_DPI} and sent in order, off the UI thread, with progress and Cancel. Without a
     * printer, a message saying so and what to do instead.
     */
    public void print() {
        ReportDocument doc = document.get();
        if (doc == null || busy.get()) {
            return;
        }
        Optional<ReportPrinter.Job> chosen;
        try {
            if (!printer.available()) {
                dialogs.showInformation(NO_PRINTER_TITLE, NO_PRINTER_TEXT);
                return;
            }
            chosen = printer.choose(reportName(subject.sourceName(), ""), doc.pageCount());
        } catch (RuntimeException e) {
            dialogs.showError("Could not print the report", "The printing system did not answer ("
                    + e.getClass().getSimpleName() + "). Save as PDF\u2026 and print the file instead.");
            return;
        }
        if (chosen.isEmpty()) {
            status.set("Printing cancelled; nothing was sent.");
            return;
        }
        ReportPrinter.Job job = chosen.get();
        List<Integer> pages = new ArrayList<>(job.pages());
        pages.removeIf(p -> p < 0 || p >= doc.pageCount());
        if (pages.isEmpty()) {
            job.abort();
            status.set("The pages chosen are not in this report (it has " + doc.pageCount() + "); nothing was sent.");
            return;
        }
        startBusy("Printing\u2026");
        ProgressRelay relay = new ProgressRelay(runner, r -> {
            progress.set(r.fraction());
            progressText.set(r.phase());
        });
        running = runner.run(cancel -> {
            int sent = 0;
            for (int p : pages) {
                cancel.check();
                relay.progress(sent, pages.size(), "Sending page " + (p + 1) + " to the printer (" + (sent + 1)
                        + " of " + pages.size() + ")\u2026");
                if (!job.print(doc.render(p, PRINT_DPI))) {
                    throw new ServiceException("The printer stopped at page " + (p + 1) + "; " + sent + " page"
                            + (sent == 1 ? " was" : "s were") + " sent before it.");
                }
                sent++;
            }
            cancel.check();
            if (!job.finish()) {
                throw new ServiceException("The printer did not accept the end of the job; check its queue.");
            }
            return sent;
        }, sent -> {
            endBusy();
            status.set("Sent " + sent + " page" + (sent == 1 ? "" : "s") + " to the printer.");
        }, e -> {
            job.abort();
            endBusy();
            if (e instanceof CancelledException) {
                status.set("Printing cancelled.");
            } else {
                dialogs.showError("Could not print the report", describe(e));
            }
        });
    }

    // ------------------------------------------------------------ closing

    /** The preview is closing: stops what runs and lets the report's pages go. Safe to call twice. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        cancel();
        wanted.clear();
        images.clear();
        release(document.get());
        document.set(null);
    }

    /** Lets a report go once the runner has finished with it (it may be drawing one of its pages). */
    private void release(ReportDocument doc) {
        if (doc != null) {
            runner.run(cancel -> {
                doc.close();
                return null;
            }, r -> { }, e -> { });
        }
    }

    // ------------------------------------------------------------ helpers

    private void startBusy(String text) {
        busy.set(true);
        progress.set(-1);
        progressText.set(text);
    }

    private void endBusy() {
        busy.set(false);
        running = null;
        progress.set(-1);
        progressText.set("");
    }

    /** Words for a failure: the service's own message, or a plain note for the unexpected. */
    static String describe(Exception e) {
        if (e instanceof ServiceException && e.getMessage() != null) {
            return e.getMessage();
        }
        return "An unexpected problem (" + e.getClass().getSimpleName() + ") stopped this; nothing was changed."
                + " Please report it.";
    }
}
