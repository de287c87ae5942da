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

import org.didworkbench.domain.rules.did.DidV1Items;
import org.didworkbench.sample.GeneratorOptions;
import org.didworkbench.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's "fix all like this" keeps only the first changes of its preview and has the apply work
 * every change out again a chunk at a time. Applying that bounded preview must leave exactly what applying
 * the old, complete list of changes left: the same values, issues, counts, change log and reason, one undo
 * step, and undo and redo must take either back and forth. The file has well over the changes listed and
 * several chunks of records; the workbench checks are on, as in the app.
 */
class BoundedFixPreviewTest {
    private static final int SHOWN = 1000;
    private static final String NOTE = " \u2014 postcodes from the new PAS feed";

    @TempDir
    Path dir;

    private Path source;

    /**
     * 5,400 synthetic records with the space taken out of every second record's postcode and every third
     * record's test date written day first (dd/mm/yyyy; those with a day of 12 or less read two ways).
     */
    @BeforeEach
    void makeSource() throws Exception {
        Path generated = dir.resolve("generated.csv");
        SampleGenerator.write(GeneratorOptions.defaults(5400), generated);
        List<String> lines = Files.readAllLines(generated, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] f = line.split(",", -1);
            if (line.indexOf('"') < 0 && f.length > DidV1Items.DIAGNOSTIC_TEST_DATE) {
                if (i % 2 == 1) {
                    f[DidV1Items.POSTCODE] = f[DidV1Items.POSTCODE].replace(" ", "");
                }
                String date = f[DidV1Items.DIAGNOSTIC_TEST_DATE];
                if (i % 3 == 0 && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    f[DidV1Items.DIAGNOSTIC_TEST_DATE] = date.substring(8) + "/" + date.substring(5, 7) + "/"
                            + date.substring(0, 4);
                }
                line = String.join(",", f);
            }
            out.add(line);
        }
        source = dir.resolve("fixes.csv");
        Files.write(source, out, StandardCharsets.UTF_8);
    }

    private Session open(String name) throws ServiceException {
        return SessionRows.openFresh(dir, source, name);
    }

    @Test
    void postcodesFixedThroughTheBoundedPreviewAreThoseTheWholeListFixed() throws Exception {
        FixPreview shown = appliesAsTheWholeList("DIDS017", FixOptions.DEFAULT, 2500);
        assertThat(shown.reason()).isEqualTo("fix DIDS017: postcode spacing and case");
    }

    /** The date order chosen in the dialog is the one the apply reads dates with. */
    @Test
    void datesReadDayFirstThroughTheBoundedPreviewAreThoseTheWholeListFixed() throws Exception {
        FixPreview shown = appliesAsTheWholeList("DIDS045", new FixOptions(FixOptions.DateOrder.DMY), 1500);
        assertThat(shown.ambiguous()).isZero();
        // the dates that read two ways are among those fixed: without the order they would be left
        try (Session s = open("dates-unchosen")) {
            FixPreview unchosen = new FixService().preview(s, "DIDS045", FixOptions.DEFAULT, SHOWN);
            assertThat(unchosen.ambiguous()).isGreaterThan(100);
            assertThat(unchosen.fixable()).isEqualTo(shown.fixable() - unchosen.ambiguous());
        }
    }

    /**
     * Applies a rule's fixes the old way (every change listed, then set as one map) in one workspace and
     * through the bounded preview in another, and compares them after the fix, the undo and the redo.
     *
     * @return the bounded preview
     */
    private FixPreview appliesAsTheWholeList(String rule, FixOptions options, int atLeast) throws Exception {
        FixService fixes = new FixService();
        try (Session old = open("old-" + rule); Session bounded = open("bounded-" + rule)) {
            List<RecordRow> original = everyRecord(old);
            Counts originalCounts = old.counts();

            // the old way: every change held, then applied as one map
            FixPreview full = fixes.preview(old, rule, options);
            assertThat(full.complete()).isTrue();
            assertThat(full.fixable()).isGreaterThan(atLeast);
            assertThat((long) full.fixable() + full.ambiguous() + full.unfixable())
                    .as("each issue of the rule is fixed, ambiguous or left").isEqualTo(old.issueCount(rule));
            Map<Long, Map<Integer, String>> all = new TreeMap<>();
            for (ProposedFix f : full.listed()) {
                all.computeIfAbsent(f.record(), r -> new TreeMap<>()).put(f.itemIndex(), f.after());
            }
            assertThat(all).hasSizeGreaterThan(2 * Revalidator.CHUNK);
            EditOutcome expected = old.setValues(all, full.reason() + NOTE, ProgressListener.NONE,
                    new CancellationToken());

            // the window's way: the first changes and the counts kept, the rest worked out again in the apply
            FixPreview shown = fixes.preview(bounded, rule, options, SHOWN);
            assertThat(shown.complete()).isFalse();
            assertThat(shown.listed()).isEqualTo(full.listed().subList(0, SHOWN));
            assertThat(shown.fixable()).isEqualTo(full.fixable());
            assertThat(shown.records()).isEqualTo(all.size())
                    .isEqualTo(full.listed().stream().mapToLong(ProposedFix::record).distinct().count());
            assertThat(shown.fixes()).isEqualTo(full.fixes())
                    .isEqualTo(full.listed().stream().map(ProposedFix::fix).distinct().toList());
            assertThat(shown.ambiguous()).isEqualTo(full.ambiguous());
            assertThat(shown.unfixable()).isEqualTo(full.unfixable());
            assertThat(shown.reason()).isEqualTo(full.reason());
            assertThat(shown.options()).isEqualTo(options);
            AtomicLong done = new AtomicLong(-1);
            AtomicLong total = new AtomicLong();
            EditOutcome outcome = fixes.apply(bounded, shown, shown.reason() + NOTE, (d, t, phase) -> {
                assertThat(d).isGreaterThanOrEqualTo(done.get());
                done.set(d);
                total.set(t);
            }, new CancellationToken());
            assertThat(done.get()).isEqualTo(total.get()).isEqualTo(all.size());

            List<RecordRow> after = everyRecord(old);
            assertThat(after).isNotEqualTo(original);
            assertSameRows(everyRecord(bounded), after);
            assertThat(bounded.counts()).isEqualTo(old.counts());
            assertThat(bounded.ruleCounts()).isEqualTo(old.ruleCounts());
            assertThat(outcome.counts()).isEqualTo(expected.counts());
            assertThat(outcome.records()).isEqualTo(expected.records());
            assertThat(cells(bounded.changeLog())).isEqualTo(cells(old.changeLog())).hasSize(full.fixable());
            assertThat(bounded.changeLog()).extracting(ChangeEntry::reason).containsOnly(full.reason() + NOTE);
            assertThat(bounded.changeLog()).extracting(ChangeEntry::action).containsOnly(outcome.action());
            assertThat(bounded.changeLog()).extracting(ChangeEntry::kind)
                    .isEqualTo(old.changeLog().stream().map(ChangeEntry::kind).toList());

            assertUndoAndRedoAlike(old, bounded, original, originalCounts, after);
            return shown;
        }
    }

    /**
     * The apply works the changes out afresh: should they no longer be those the preview counted (a value
     * changed in between), it keeps nothing rather than change what the user did not see counted.
     */
    @Test
    void anApplyWhoseChangesAreNoLongerThoseThePreviewCountedKeepsNothing() throws Exception {
        FixService fixes = new FixService();
        try (Session s = open("changed")) {
            FixPreview shown = fixes.preview(s, "DIDS017", FixOptions.DEFAULT, SHOWN);
            FixPreview all = fixes.preview(s, "DIDS017", FixOptions.DEFAULT);
            ProposedFix late = all.listed().get(all.fixable() - 10); // not among those listed
            s.setValue(late.record(), late.itemIndex(), late.after(), "by hand");
            List<RecordRow> edited = everyRecord(s);
            Counts counts = s.counts();

            assertThatThrownBy(() -> fixes.apply(s, shown, null))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("changed after the preview of DIDS017")
                    .hasMessageNotContaining(late.before());

            assertSameRows(everyRecord(s), edited);
            assertThat(s.counts()).isEqualTo(counts);
            assertThat(s.changeLog()).hasSize(1);
            // a preview made now applies
            FixPreview again = fixes.preview(s, "DIDS017", FixOptions.DEFAULT, SHOWN);
            assertThat(again.fixable()).isEqualTo(shown.fixable() - 1);
            fixes.apply(s, again, null);
            assertThat(s.changeLog()).hasSize(again.fixable() + 1);
        }
    }

    @Test
    void aPreviewSaysNothingOfTheValuesItLists() throws Exception {
        try (Session s = open("private")) {
            FixPreview shown = new FixService().preview(s, "DIDS017", FixOptions.DEFAULT, 3);
            assertThat(shown.listed()).hasSize(3);
            assertThat(shown.toString()).doesNotContain(shown.listed().get(0).before())
                    .doesNotContain(shown.listed().get(0).after());
        }
    }
}
