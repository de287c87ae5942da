package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.didworkbench.service.SessionRows.assertSameRows;
import static org.didworkbench.service.SessionRows.assertUndoAndRedoAlike;
import static org.didworkbench.service.SessionRows.cells;
import static org.didworkbench.service.SessionRows.everyRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import org.didworkbench.domain.bulk.FindReplace;
import org.didworkbench.domain.rules.did.DidV1Items;
import org.didworkbench.sample.GeneratorOptions;
import org.didworkbench.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's find and replace and set value keep only the counts, the first changes and a digest of their
 * preview, and the apply works every change out again a chunk at a time with the preview's parameters.
 * Applying that bounded preview must leave exactly what applying the old, complete map of changes left: the
 * same values, issues, counts, change log and reason, one undo step, and undo and redo must take either back
 * and forth. The file has well over the changes listed and several chunks of records; the workbench checks
 * are on, as in the app.
 */
class BoundedBulkPreviewTest {
    private static final int POSTCODE = DidV1Items.POSTCODE;
    private static final int ETHNIC = DidV1Items.ETHNIC_CATEGORY;
    private static final String NOTE = "postcodes from the new PAS feed";

    @TempDir
    Path dir;

    private Path source;

    /** 5,400 synthetic records, every second record's postcode written in lower case. */
    @BeforeEach
    void makeSource() throws Exception {
        Path generated = dir.resolve("generated.csv");
        SampleGenerator.write(GeneratorOptions.defaults(5400), generated);
        List<String> lines = Files.readAllLines(generated, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] f = line.split(",", -1);
            if (i % 2 == 1 && line.indexOf('"') < 0 && f.length > POSTCODE) {
                f[POSTCODE] = f[POSTCODE].toLowerCase(java.util.Locale.ROOT);
                line = String.join(",", f);
            }
            out.add(line);
        }
        source = dir.resolve("bulk.csv");
        Files.write(source, out, StandardCharsets.UTF_8);
    }

    private Session open(String name) throws ServiceException {
        return SessionRows.openFresh(dir, source, name);
    }

    /** Not matching case: the lower-case postcodes are changed too, and the apply matches as the preview did. */
    @Test
    void aReplaceThroughTheBoundedPreviewChangesWhatTheWholeMapChanged() throws Exception {
        FindReplace spec = new FindReplace("ls", "LX", false, false);
        BulkPreview shown = appliesAsTheWholeMap("replace", (bulk, s) -> bulk.previewReplace(s, POSTCODE, spec,
                BulkEditService.PREVIEW_ROWS), (bulk, s) -> bulk.previewReplace(s, POSTCODE, spec, Integer.MAX_VALUE));
        assertThat(shown.reason()).isEqualTo("Find and replace in POSTCODE OF USUAL ADDRESS: 'ls' -> 'LX'");
        // matching case would have changed only the lower-case half: the option decides which cells change
        try (Session s = open("replace-case")) {
            BulkPreview matchingCase = new BulkEditService().previewReplace(s, POSTCODE,
                    new FindReplace("ls", "LX", false, true));
            assertThat(matchingCase.count()).isPositive().isLessThan(shown.count() * 2 / 3);
        }
    }

    @Test
    void aWholeValueReplaceThroughTheBoundedPreviewChangesWhatTheWholeMapChanged() throws Exception {
        FindReplace spec = new FindReplace("A", "B", true, true);
        BulkPreview shown = appliesAsTheWholeMap("whole", (bulk, s) -> bulk.previewReplace(s, ETHNIC, spec,
                BulkEditService.PREVIEW_ROWS), (bulk, s) -> bulk.previewReplace(s, ETHNIC, spec, Integer.MAX_VALUE));
        assertThat(shown.reason()).isEqualTo("Find and replace in ETHNIC CATEGORY: 'A' -> 'B' (whole value, match case)");
    }

    /**
     * A value set on two records in three, the selection given out of order and with repeats and a number no
     * record has: the apply changes the very records the preview counted.
     */
    @Test
    void aValueSetThroughTheBoundedPreviewChangesWhatTheWholeMapChanged() throws Exception {
        long[] chosen = selection();
        BulkPreview shown = appliesAsTheWholeMap("set", (bulk, s) -> bulk.previewSetValue(s, chosen, ETHNIC, "A",
                BulkEditService.PREVIEW_ROWS), (bulk, s) -> bulk.previewSetValue(s, chosen, ETHNIC, "A",
                Integer.MAX_VALUE));
        assertThat(shown.reason()).isEqualTo("Set ETHNIC CATEGORY to 'A' on 3,601 selected records");
    }

    /** Records 5,400 down to 1 but those a multiple of 3, then record 2 again and record 99,999 (none). */
    private static long[] selection() {
        List<Long> out = new ArrayList<>();
        for (long r = 5400; r >= 1; r--) {
            if (r % 3 != 0) {
                out.add(r);
            }
        }
        out.add(2L);
        out.add(99_999L);
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Applies an edit the old way (every change listed, then set as one map) in one workspace and through
     * the bounded preview in another, and compares them after the edit, the undo and the redo.
     *
     * @return the bounded preview
     */
    private BulkPreview appliesAsTheWholeMap(String name, BiFunction<BulkEditService, Session, BulkPreview> bounded,
                                             BiFunction<BulkEditService, Session, BulkPreview> complete)
            throws Exception {
        BulkEditService bulk = new BulkEditService();
        try (Session old = open("old-" + name); Session fresh = open("bounded-" + name)) {
            List<RecordRow> original = everyRecord(old);
            Counts originalCounts = old.counts();

            // the old way: every change held, then applied as one map
            BulkPreview full = complete.apply(bulk, old);
            assertThat(full.truncated()).isFalse();
            Map<Long, Map<Integer, String>> all = new TreeMap<>();
            for (BulkChange c : full.shown()) {
                assertThat(all.put(c.record(), Map.of(full.item(), c.after()))).isNull();
            }
            assertThat(all).hasSizeGreaterThan(2 * Revalidator.CHUNK).hasSizeGreaterThan(BulkEditService.PREVIEW_ROWS);
            String reason = full.reason() + " \u2014 " + NOTE;
            EditOutcome expected = old.setValues(all, reason, ProgressListener.NONE, new CancellationToken());

            // the window's way: the first changes and the counts kept, the rest worked out again in the apply
            BulkPreview shown = bounded.apply(bulk, fresh);
            assertThat(shown.truncated()).isTrue();
            assertThat(shown.shown()).isEqualTo(full.shown().subList(0, BulkEditService.PREVIEW_ROWS));
            assertThat(shown.count()).isEqualTo(full.count()).isEqualTo(all.size());
            assertThat(shown.skipped()).isEqualTo(full.skipped());
            assertThat(shown.reason()).isEqualTo(full.reason());
            assertThat(shown.itemName()).isEqualTo(full.itemName());
            AtomicLong done = new AtomicLong(-1);
            AtomicLong total = new AtomicLong();
            EditOutcome outcome = bulk.apply(fresh, shown, "  " + NOTE + " ", (d, t, phase) -> {
                assertThat(d).isGreaterThanOrEqualTo(done.get());
                done.set(d);
                total.set(t);
            }, new CancellationToken());
            assertThat(done.get()).isEqualTo(total.get()).isEqualTo(all.size());

            List<RecordRow> after = everyRecord(old);
            assertThat(after).isNotEqualTo(original);
            assertSameRows(everyRecord(fresh), after);
            assertThat(fresh.counts()).isEqualTo(old.counts());
            assertThat(fresh.ruleCounts()).isEqualTo(old.ruleCounts());
            assertThat(outcome.counts()).isEqualTo(expected.counts());
            assertThat(outcome.records()).isEqualTo(expected.records());
            assertThat(cells(fresh.changeLog())).isEqualTo(cells(old.changeLog())).hasSize(full.count());
            assertThat(fresh.changeLog()).extracting(ChangeEntry::reason).containsOnly(reason);
            assertThat(fresh.changeLog()).extracting(ChangeEntry::action).containsOnly(outcome.action());
            assertThat(fresh.changeLog()).extracting(ChangeEntry::kind)
                    .isEqualTo(old.changeLog().stream().map(ChangeEntry::kind).toList());

            assertUndoAndRedoAlike(old, fresh, original, originalCounts, after);
            return shown;
        }
    }

    /**
     * The apply works the changes out afresh: should they no longer be those the preview counted (a value
     * changed in between), it keeps nothing rather than change what the user did not see counted.
     */
    @Test
    void aReplaceWhoseChangesAreNoLongerThoseThePreviewCountedKeepsNothing() throws Exception {
        BulkEditService bulk = new BulkEditService();
        try (Session s = open("changed-replace")) {
            FindReplace spec = new FindReplace("ls", "LX", false, false);
            BulkPreview shown = bulk.previewReplace(s, POSTCODE, spec);
            BulkPreview all = bulk.previewReplace(s, POSTCODE, spec, Integer.MAX_VALUE);
            BulkChange late = all.shown().get(all.count() - 10); // not among those listed
            s.setValue(late.record(), POSTCODE, late.after(), "by hand");
            assertKeepsNothing(s, bulk, shown, late.before());
            // a preview made now applies
            BulkPreview again = bulk.previewReplace(s, POSTCODE, spec);
            assertThat(again.count()).isEqualTo(shown.count() - 1);
            bulk.apply(s, again, null);
            assertThat(s.changeLog()).hasSize(again.count() + 1);
        }
    }

    /** A selected record given the value by hand after the preview: the apply would change one fewer. */
    @Test
    void aValueSetWhoseChangesAreNoLongerThoseThePreviewCountedKeepsNothing() throws Exception {
        BulkEditService bulk = new BulkEditService();
        try (Session s = open("changed-set")) {
            long[] chosen = selection();
            BulkPreview all = bulk.previewSetValue(s, chosen, ETHNIC, "A", Integer.MAX_VALUE);
            BulkPreview shown = bulk.previewSetValue(s, chosen, ETHNIC, "A");
            BulkChange late = all.shown().get(all.count() - 3);
            s.setValue(late.record(), ETHNIC, "A", "by hand");
            assertKeepsNothing(s, bulk, shown, late.before());
        }
    }

    private void assertKeepsNothing(Session s, BulkEditService bulk, BulkPreview shown, String before)
            throws Exception {
        List<RecordRow> edited = everyRecord(s);
        Counts counts = s.counts();
        assertThatThrownBy(() -> bulk.apply(s, shown, "note"))
                .isInstanceOf(ServiceException.class)
                .hasMessage("The values of " + shown.itemName() + " changed after the preview was made, so nothing"
                        + " was changed; choose Preview again to see the changes as they stand now.")
                .hasMessageNotContaining("'" + before + "'");
        assertSameRows(everyRecord(s), edited);
        assertThat(s.counts()).isEqualTo(counts);
        assertThat(s.changeLog()).hasSize(1);
        assertThat(s.canUndo()).isTrue();
    }

    @Test
    void aPreviewSaysNothingOfTheValuesItLists() throws Exception {
        try (Session s = open("private")) {
            BulkPreview shown = new BulkEditService().previewReplace(s, POSTCODE, new FindReplace("ls", "LX", false,
                    false), 3);
            assertThat(shown.shown()).hasSize(3);
            assertThat(shown.toString()).doesNotContain(shown.shown().get(0).before())
                    .doesNotContain(shown.shown().get(0).after());
        }
    }
}
