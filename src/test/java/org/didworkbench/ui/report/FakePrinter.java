package org.didworkbench.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.didworkbench.service.PageImage;

/** A printer for tests: says whether it exists, answers the dialog as scripted, and records each page. */
final class FakePrinter implements ReportPrinter {
    boolean installed = true;
    boolean userCancels;
    /** The pages the user chose, from 0; null for every page. */
    List<Integer> range;
    /** Refuse the page at this position in the job (0 = the first sent), or -1. */
    int refuseAt = -1;

    int dialogs;
    String jobName;
    final List<PageImage> printed = new ArrayList<>();
    boolean finished;
    boolean aborted;

    @Override
    public boolean available() {
        return installed;
    }

    @Override
    public Optional<Job> choose(String name, int pageCount) {
        dialogs++;
        jobName = name;
        if (userCancels) {
            return Optional.empty();
        }
        List<Integer> pages = new ArrayList<>();
        if (range == null) {
            for (int p = 0; p < pageCount; p++) {
                pages.add(p);
            }
        } else {
            pages.addAll(range);
        }
        return Optional.of(new Job() {
            @Override
            public List<Integer> pages() {
                return pages;
            }

            @Override
            public boolean print(PageImage page) {
                if (printed.size() == refuseAt) {
                    return false;
                }
                printed.add(page);
                return true;
            }

            @Override
            public boolean finish() {
                finished = true;
                return true;
            }

            @Override
            public void abort() {
                aborted = true;
            }
        });
    }

    List<Integer> printedPages() {
        return printed.stream().map(PageImage::index).toList();
    }
}
