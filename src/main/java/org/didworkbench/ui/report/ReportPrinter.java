package org.didworkbench.ui.report;

import java.util.List;
import java.util.Optional;

import org.didworkbench.service.PageImage;

/**
 * Where the report preview sends pages to paper. Behind an interface so the preview's behaviour (which
 * pages, in what order, what is said when there is no printer) is tested without one;
 * {@link FxReportPrinter} is the real thing (JavaFX printing).
 */
public interface ReportPrinter {

    /** True when the computer has at least one printer. Called on the UI thread. */
    boolean available();

    /**
     * Asks the user which printer and pages (the system's print dialog). Called on the UI thread.
     *
     * @param jobName   what the print queue calls the job (the report's file name; no patient data)
     * @param pageCount how many pages the report has, for the dialog's page range
     * @return the job to send pages to, or empty when the user cancelled
     */
    Optional<Job> choose(String jobName, int pageCount);

    /** One print job. Its methods may be called on any one thread (the preview uses its worker). */
    interface Job {

        /** The pages to print, from 0, in order: every page unless the user chose a range. */
        List<Integer> pages();

        /**
         * Prints one page, scaled to fit the printable area of A4.
         *
         * @return false when the printer refused the page (the job is then over)
         */
        boolean print(PageImage page);

        /** Ends the job after its last page; false when the printer did not take it. */
        boolean finish();

        /** Abandons the job (cancelled, or a page failed); nothing more is printed. */
        void abort();
    }
}
