package org.didworkbench.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.App;
import org.didworkbench.domain.dataset.RecordQuery;
import org.didworkbench.service.BulkChange;
import org.didworkbench.service.BulkEditService;
import org.didworkbench.service.ChangeLogRow;
import org.didworkbench.service.FixOptions;
import org.didworkbench.service.ProposedFix;
import org.didworkbench.service.RuleCount;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.Samples;
import org.didworkbench.ui.ScriptedDialogs;
import org.didworkbench.ui.common.InMemorySettingsStore;
import org.didworkbench.ui.common.WorkbenchSettings;
import org.didworkbench.ui.shell.MainWindowViewModel;
import org.didworkbench.ui.shell.TempWorkspaceLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk editing in the window without a display: the dialogs' view models driven by scripts, the window's counts after. */
class BulkEditsViewModelTest {
    private static final int GENDER = 4;
    private static final int POSTCODE = 5;

    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedBulkDialogs bulkDialogs = new ScriptedBulkDialogs();
    private final InlineTaskRunner runner = new InlineTaskRunner();
    private MainWindowViewModel vm;

    @BeforeEach
    void openSample() {
        vm = new MainWindowViewModel(new App().sessionService(), runner, dialogs,
                new WorkbenchSettings(new InMemorySettingsStore()), new TempWorkspaceLocator(temp.resolve("ws")),
                Samples.CLOCK);
        vm.bulk().useDialogs(bulkDialogs);
        vm.open(Samples.SAMPLE, Samples.OPTIONS);
        assertThat(dialogs.errors()).isEmpty();
    }

    @AfterEach
    void shutdown() {
        vm.shutdown();
    }

    private long errors() {
        return vm.countsProperty().get().errors();
    }

    private long ruleCount(String code) {
        return vm.issues().rules().stream().filter(r -> r.code().equals(code)).mapToLong(RuleCount::count).sum();
    }

    @Test
    void fixAllPreviewsEveryChangeAppliesItAsOneStepAndTheWindowFollows() {
        bulkDialogs.fix = f -> {
            assertThat(f.summaryProperty().get()).isEqualTo("6 records, 6 cells will change: postcode spacing and case.");
            assertThat(f.leftAloneProperty().get()).isEmpty();
            assertThat(f.offerDateOrderProperty().get()).isFalse();
            assertThat(f.rows()).extracting(ProposedFix::line).containsExactly(248L, 452L, 822L, 1529L, 1554L, 1630L);
            assertThat(f.rows()).allSatisfy(r -> assertThat(r.accession()).startsWith("RZZ"));
            assertThat(f.applyLabelProperty().get()).isEqualTo("Fix 6 values");
            f.noteProperty().set("agreed with the RIS team");
            return true;
        };

        vm.bulk().fixAll("DIDS017", "postcodes");

        assertThat(ruleCount("DIDS017")).isZero();
        assertThat(errors()).isEqualTo(84);
        assertThat(vm.countsProperty().get().verdict()).isEqualTo("Would be rejected: 84 errors in 76 records");
        assertThat(vm.statusProperty().get()).startsWith("Fixed 6 values for DIDS017 in one step");
        vm.undo();
        assertThat(errors()).isEqualTo(90);
        assertThat(ruleCount("DIDS017")).isEqualTo(6);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void aFixAllIsAppliedBehindTheBusyCardWithItsCount() {
        List<String> shown = new java.util.ArrayList<>();
        vm.progressTextProperty().addListener((o, a, b) -> {
            if (vm.busyProperty().get()) {
                shown.add(b);
            }
        });
        bulkDialogs.fix = f -> true;

        vm.bulk().fixAll("DIDS017", "");

        assertThat(shown).first().isEqualTo("Applying 6 changes\u2026");
        assertThat(shown).anyMatch(t -> t.startsWith("Applying 6 changes\u2026\nChecking the changed records \u2014 "));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(ruleCount("DIDS017")).isZero();
    }

    @Test
    void undoingALargeStepShowsTheBusyCardAndASmallOneDoesNot() {
        List<String> shown = new java.util.ArrayList<>();
        vm.progressTextProperty().addListener((o, a, b) -> {
            if (vm.busyProperty().get()) {
                shown.add(b);
            }
        });
        long changed = replaceMostStatusCodes();
        assertThat(changed).isGreaterThanOrEqualTo(1000);
        shown.clear();

        vm.undo();

        assertThat(shown).first().isEqualTo(String.format("Undoing %,d changes\u2026", changed));
        assertThat(vm.countsProperty().get().edits()).isZero();
        shown.clear();
        vm.redo();
        assertThat(shown).first().isEqualTo(String.format("Redoing %,d changes\u2026", changed));
        assertThat(vm.countsProperty().get().edits()).isEqualTo(changed);

        bulkDialogs.fix = f -> true;
        vm.bulk().fixAll("DIDS017", "");
        shown.clear();
        vm.undo();
        assertThat(shown).as("six cells: no card").isEmpty();
        assertThat(ruleCount("DIDS017")).isEqualTo(6);
    }

    @Test
    void cancellingAFixAllWhileItIsAppliedKeepsNothingAndSaysSo() {
        bulkDialogs.fix = f -> {
            runner.cancelNext(); // the apply starts already cancelled, as if Cancel were pressed at once
            return true;
        };

        vm.bulk().fixAll("DIDS017", "");

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(
                "Cancelled: nothing was changed; the records and issues are as they were.");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(ruleCount("DIDS017")).isEqualTo(6);
        assertThat(errors()).isEqualTo(90);
        assertThat(vm.countsProperty().get().edits()).isZero();
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void aTableFilteredToTheFixedRuleShowsEveryRecordAgainOnceNoneIsLeft() {
        vm.issues().chooseRule("DIDS017");
        assertThat(vm.records().matchingProperty().get()).isEqualTo(6);
        bulkDialogs.fix = f -> true;

        vm.bulk().fixAll("DIDS017", "");

        assertThat(vm.records().queryProperty().get().filter()).isEqualTo(RecordQuery.Filter.ALL);
        assertThat(vm.records().matchingProperty().get()).isEqualTo(2000);
        assertThat(vm.issues().chosenRuleProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo("Fixed 6 values for DIDS017; showing all records again, as"
                + " none fails it now (Edit \u203A Undo puts them back). Would be rejected: 84 errors in 76 records.");
    }

    @Test
    void droppingTheFixedRulesFilterKeepsTheUsersOtherFiltersAndSort() {
        vm.issues().chooseRule("DIDS017");
        vm.records().sortBy(POSTCODE, false);
        vm.records().filterColumn(GENDER, "1");
        long filtered = vm.records().matchingProperty().get();
        assertThat(filtered).isPositive().isLessThan(6);
        bulkDialogs.fix = f -> true;

        vm.bulk().fixAll("DIDS017", "");

        RecordQuery q = vm.records().queryProperty().get();
        assertThat(q.filter()).isEqualTo(RecordQuery.Filter.ALL);
        assertThat(q.columnFilters()).containsExactly(java.util.Map.entry(GENDER, "1"));
        assertThat(q.sortItem()).isEqualTo(POSTCODE);
        assertThat(q.ascending()).isFalse();
        assertThat(vm.records().matchingProperty().get()).isGreaterThan(filtered);
        assertThat(vm.statusProperty().get()).startsWith("Fixed 6 values for DIDS017; the table no longer filters"
                + " by it, as none fails it now, and keeps your other filters (Edit \u203A Undo puts them back).");
    }

    @Test
    void aTableFilteredToTheFixedRuleShowsWhatIsLeftWhenSomeRecordsStillFailIt() {
        vm.issues().chooseRule("DIDS045");
        long before = vm.records().matchingProperty().get();
        bulkDialogs.fix = f -> true; // the date that reads two ways is left

        vm.bulk().fixAll("DIDS045", "");

        assertThat(vm.records().queryProperty().get().rule()).isEqualTo("DIDS045");
        assertThat(vm.records().matchingProperty().get()).isEqualTo(ruleCount("DIDS045")).isLessThan(before);
        assertThat(vm.issues().chosenRuleProperty().get()).isEqualTo("DIDS045");
        assertThat(vm.statusProperty().get()).startsWith("Fixed 1 value for DIDS045 in one step")
                .doesNotContain("showing all records");
    }

    /**
     * Over 1,000 changes: the dialog lists the first 1,000 (the preview keeps no more) and counts them all,
     * and the apply fixes them all, including those not listed, as one step with the fix and note as reason.
     */
    @Test
    void aFixAllOfMoreChangesThanListedFixesEveryOneOfThem() throws Exception {
        bulkDialogs.replace = r -> {
            r.itemProperty().set(POSTCODE);
            r.findProperty().set(" ");
            r.replacementProperty().set("");
            r.wholeValueProperty().set(false);
            r.preview();
            return true;
        };
        vm.bulk().findReplace(POSTCODE);
        long spaceless = ruleCount("DIDS017");
        assertThat(spaceless).isGreaterThan(FixAllViewModel.SHOWN);
        String count = String.format("%,d", spaceless);
        bulkDialogs.fix = f -> {
            assertThat(f.rows()).hasSize(FixAllViewModel.SHOWN);
            assertThat(f.previewProperty().get().listed()).hasSize(FixAllViewModel.SHOWN);
            assertThat(f.summaryProperty().get()).isEqualTo(count + " records, " + count
                    + " cells will change: postcode spacing and case (the first 1,000 are listed).");
            assertThat(f.applyLabelProperty().get()).isEqualTo("Fix " + count + " values");
            f.noteProperty().set("agreed with the RIS team");
            return true;
        };

        vm.bulk().fixAll("DIDS017", "postcodes");

        assertThat(ruleCount("DIDS017")).isZero();
        assertThat(vm.statusProperty().get()).startsWith("Fixed " + count + " values for DIDS017");
        bulkDialogs.changeLogTarget = temp.resolve("changes.csv");
        vm.bulk().exportChangeLog();
        assertThat(Files.readAllLines(bulkDialogs.changeLogTarget, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("fix DIDS017: postcode spacing and case \u2014 agreed with the RIS team")))
                .hasSize((int) spaceless);
        vm.undo();
        assertThat(ruleCount("DIDS017")).isEqualTo(spaceless);
    }

    @Test
    void aCancelledFixChangesNothing() {
        bulkDialogs.fix = f -> false;
        vm.bulk().fixAll("DIDS017", "");
        assertThat(errors()).isEqualTo(90);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void ambiguousDatesAreOnlyFixedWhenTheUserChoosesAnOrder() {
        bulkDialogs.fix = f -> {
            assertThat(f.rows()).extracting(ProposedFix::after).containsExactly("2026-09-14");
            assertThat(f.leftAloneProperty().get()).contains("1 date reads two ways", "left unchanged");
            assertThat(f.offerDateOrderProperty().get()).isTrue();
            f.dateOrderProperty().set(FixOptions.DateOrder.DMY);
            assertThat(f.rows()).extracting(ProposedFix::after).containsExactly("2026-09-11", "2026-09-14");
            assertThat(f.offerDateOrderProperty().get()).as("still offered, to change back").isTrue();
            return true;
        };
        vm.bulk().fixAll("DIDS045", "");
        assertThat(ruleCount("DIDS045")).isEqualTo(2); // the values no fix applies to
    }

    @Test
    void findAndReplaceIsPreviewedAndOnlyAFreshPreviewCanBeApplied() {
        bulkDialogs.replace = r -> {
            r.itemProperty().set(GENDER);
            r.findProperty().set("F");
            r.replacementProperty().set("2");
            r.wholeValueProperty().set(true);
            assertThat(r.canApplyProperty().get()).as("not previewed yet").isFalse();
            r.preview();
            assertThat(r.summaryProperty().get()).isEqualTo("3 records will change (one value each).");
            assertThat(r.rows()).extracting(BulkChange::before).containsOnly("F");
            assertThat(r.applyLabelProperty().get()).isEqualTo("Replace (3 values)");
            r.caseSensitiveProperty().set(true);
            assertThat(r.canApplyProperty().get()).as("the inputs changed").isFalse();
            r.preview();
            return r.canApplyProperty().get();
        };

        vm.bulk().findReplace(POSTCODE);

        assertThat(ruleCount("DIDS014")).isEqualTo(1); // the 'M' is left
        assertThat(vm.countsProperty().get().edits()).isEqualTo(3);
    }

    @Test
    void oneValueIsSetOnTheSelectedRecords() {
        vm.records().showRule("DIDS014");
        bulkDialogs.set = s -> {
            assertThat(s.selected()).isEqualTo(4);
            s.valueProperty().set("9");
            assertThat(s.summaryProperty().get()).as("a small selection previews as typed")
                    .isEqualTo("4 records will change (one value each).");
            return true;
        };

        vm.bulk().setValue(GENDER, List.of(0, 1, 2, 3));

        assertThat(ruleCount("DIDS014")).isZero();
        assertThat(vm.countsProperty().get().edits()).isEqualTo(4);
    }

    /**
     * Over 1,000 changes: the dialog lists the first 1,000 and counts them all, and the replace changes them
     * all, those not listed too, as one step logged with the replace and the note as reason.
     */
    @Test
    void aReplaceOfMoreValuesThanListedChangesEveryOneOfThem() throws Exception {
        int[] counted = {0};
        bulkDialogs.replace = r -> {
            r.itemProperty().set(POSTCODE);
            r.findProperty().set(" ");
            r.replacementProperty().set("");
            r.preview();
            counted[0] = r.previewProperty().get().count();
            assertThat(counted[0]).isGreaterThan(BulkEditService.PREVIEW_ROWS);
            assertThat(r.rows()).hasSize(BulkEditService.PREVIEW_ROWS);
            assertThat(r.summaryProperty().get()).isEqualTo(String.format(
                    "%,d records will change (one value each); the first 1,000 are listed.", counted[0]));
            r.noteProperty().set("PAS feed");
            return true;
        };
        vm.bulk().findReplace(POSTCODE);

        assertThat(vm.countsProperty().get().edits()).isEqualTo(counted[0]);
        assertThat(vm.statusProperty().get()).isEqualTo(String.format(
                "Changed %,d values of POSTCODE OF USUAL ADDRESS in one step (Edit \u203A Undo puts them back).",
                counted[0]));
        bulkDialogs.changeLogTarget = temp.resolve("replace.csv");
        vm.bulk().exportChangeLog();
        assertThat(Files.readAllLines(bulkDialogs.changeLogTarget, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("Find and replace in POSTCODE OF USUAL ADDRESS: ' ' -> '' \u2014 PAS feed")))
                .hasSize(counted[0]);
        vm.undo();
        assertThat(vm.countsProperty().get().edits()).isZero();
        assertThat(errors()).isEqualTo(90);
    }

    /** A selection of more rows than the dialog lists: every selected record gets the value, in one step. */
    @Test
    void aValueSetOnMoreRecordsThanListedSetsItOnEveryOne() {
        List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 1499; i >= 0; i--) {
            rows.add(i);
        }
        int[] counted = {0};
        bulkDialogs.set = s -> {
            assertThat(s.selected()).isEqualTo(1500);
            s.valueProperty().set("9");
            s.preview();
            counted[0] = s.previewProperty().get().count();
            assertThat(s.rows()).hasSize(BulkEditService.PREVIEW_ROWS);
            assertThat(s.previewProperty().get().reason())
                    .isEqualTo("Set PERSON GENDER CODE CURRENT to '9' on 1,500 selected records");
            return true;
        };

        vm.bulk().setValue(GENDER, rows);

        assertThat(counted[0]).as("those already '9' are left").isGreaterThan(BulkEditService.PREVIEW_ROWS)
                .isLessThanOrEqualTo(1500);
        assertThat(vm.countsProperty().get().edits()).isEqualTo(counted[0]);
        vm.undo();
        assertThat(vm.countsProperty().get().edits()).isZero();
    }

    @Test
    void clustersAreMergedOneAtATimeEachItsOwnStep() {
        bulkDialogs.clusters = c -> {
            assertThat(c.summaryProperty().get()).startsWith("8 groups of POSTCODE OF USUAL ADDRESS");
            assertThat(c.chosenProperty().get().cluster().key()).isEqualTo("LS22AA");
            assertThat(c.targetProperty().get()).isEqualTo("LS2 2AA");
            assertThat(c.mergeTextProperty().get()).isEqualTo("1 record will change to 'LS2 2AA'.");
            c.merge();
            assertThat(c.statusProperty().get()).startsWith("Merged 1 record into 'LS2 2AA' in one step");
            assertThat(c.clusters()).hasSize(7);
            c.chosenProperty().set(c.clusters().get(0));
            c.targetProperty().set(c.clusters().get(0).cluster().values().get(0).value());
            c.merge();
            assertThat(c.clusters()).hasSize(6);
        };

        vm.bulk().cluster(POSTCODE);

        assertThat(ruleCount("DIDS017")).isEqualTo(4);
        vm.undo();
        assertThat(ruleCount("DIDS017")).isEqualTo(5);
    }

    @Test
    void theChangeLogFiltersRevertsAGroupAsOneStepAndExportsBesideTheLastCorrectedFile() throws Exception {
        bulkDialogs.fix = f -> true;
        vm.bulk().fixAll("DIDS017", "");
        vm.bulk().fixAll("DIDS014", "");
        assertThat(errors()).isEqualTo(80);

        bulkDialogs.log = l -> {
            assertThat(l.summaryProperty().get()).isEqualTo("Showing 10 of 10 changes.");
            l.textProperty().set("dids017");
            l.reload();
            assertThat(l.rows()).hasSize(6);
            l.itemProperty().set("PERSON_GENDER_CODE");
            l.reload();
            assertThat(l.summaryProperty().get()).isEqualTo("No change matches these filters.");
            l.itemProperty().set("POSTCODE");
            l.lineProperty().set("248");
            l.reload();
            assertThat(l.rows()).hasSize(1);
            l.lineProperty().set("");
            l.reload();

            l.revert(List.copyOf(l.rows().subList(0, 2)));
            assertThat(l.statusProperty().get()).isEqualTo("Reverted 2 changes in one step (Edit \u203A Undo restores"
                    + " them).");
            // The two fixes reverted are no longer in effect; the reverts (whose reason names the fix) are.
            assertThat(l.rows()).hasSize(8);
            assertThat(l.rows()).filteredOn(r -> !r.inEffect()).extracting(r -> r.entry().line())
                    .containsExactly(248L, 452L);

            l.textProperty().set("");
            l.itemProperty().set(null);
            l.reload();
            assertThat(l.rows()).hasSize(12);
            l.revertAction(l.rows().get(6)); // a change of the DIDS014 fix
            assertThat(l.statusProperty().get()).startsWith("Reverted 4 changes in one step");
        };
        vm.bulk().showChangeLog();
        assertThat(errors()).isEqualTo(80 + 2 + 4);
        vm.undo();
        assertThat(errors()).as("one undo restores the whole group").isEqualTo(82);

        Path exported = temp.resolve("out").resolve("corrected.csv");
        Files.createDirectories(exported.getParent());
        dialogs.exportTarget = exported;
        vm.exportCorrected();
        bulkDialogs.changeLogTarget = exported.resolveSibling("did-v1-sample-2026-09-changes.csv");
        vm.bulk().exportChangeLog();
        assertThat(bulkDialogs.changeLogName).isEqualTo("did-v1-sample-2026-09-changes.csv");
        assertThat(bulkDialogs.changeLogFolder).isEqualTo(exported.getParent());
        List<String> lines = Files.readAllLines(bulkDialogs.changeLogTarget, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 6 + 4 + 2 + 4 + 4); // fixes, reverts, and the undo of the last revert
        assertThat(lines.get(0)).startsWith("action,time,user,kind,reason");
        assertThat(String.join("\n", lines)).contains("Revert of 2 changes from the change log (fix DIDS017");
        assertThat(vm.statusProperty().get()).startsWith("Change log written:");
    }

    /** NHS NUMBER STATUS INDICATOR CODE '01' -> '02': one action of well over 1,000 changes. */
    private long replaceMostStatusCodes() {
        return replaceMostStatusCodesWith("02");
    }

    /** NHS NUMBER STATUS INDICATOR CODE '01' (on most records) -> {@code replacement}, one action; the edits made. */
    private long replaceMostStatusCodesWith(String replacement) {
        bulkDialogs.replace = r -> {
            r.itemProperty().set(1);
            r.findProperty().set("01");
            r.replacementProperty().set(replacement);
            r.wholeValueProperty().set(true);
            r.preview();
            return true;
        };
        vm.bulk().findReplace(1);
        return vm.countsProperty().get().edits();
    }

    @Test
    void aLargeRevertRunsBehindTheBusyCardWithTheLogSteppedAsideAndASmallOneDoesNot() {
        bulkDialogs.fix = f -> true;
        vm.bulk().fixAll("DIDS017", "");
        long changed = replaceMostStatusCodes() - 6;
        assertThat(changed).isGreaterThanOrEqualTo(1000);
        List<String> shown = new java.util.ArrayList<>();
        vm.progressTextProperty().addListener((o, a, b) -> {
            if (vm.busyProperty().get()) {
                shown.add(b);
            }
        });
        List<Boolean> asideWhileBusy = new java.util.ArrayList<>();
        bulkDialogs.log = l -> {
            vm.busyProperty().addListener((o, a, busy) -> {
                if (busy) {
                    asideWhileBusy.add(l.steppedAsideProperty().get());
                }
            });
            l.reload();
            ChangeLogRow fix = l.rows().get(0);
            ChangeLogRow replace = l.rows().get(6);
            assertThat(replace.entry().item()).isEqualTo(l.items().get(1).name());

            l.revertAction(replace);

            assertThat(shown).first().isEqualTo(String.format("Reverting %,d changes\u2026", changed));
            assertThat(shown).anyMatch(t -> t.contains("\nChecking which changes are still in effect"));
            assertThat(asideWhileBusy).containsExactly(true);
            assertThat(l.steppedAsideProperty().get()).as("back once the revert has ended").isFalse();
            assertThat(l.statusProperty().get()).isEqualTo(String.format(
                    "Reverted %,d changes in one step (Edit \u203A Undo restores them).", changed));
            shown.clear();

            l.revertAction(fix);

            assertThat(shown).as("six changes: no card").isEmpty();
            assertThat(asideWhileBusy).hasSize(1);
            assertThat(l.statusProperty().get()).startsWith("Reverted 6 changes in one step");
        };
        vm.bulk().showChangeLog();

        assertThat(vm.countsProperty().get().edits()).isZero();
        assertThat(ruleCount("DIDS017")).isEqualTo(6);
    }

    @Test
    void cancellingALargeRevertKeepsNothingAndTheLogSaysSo() {
        long changed = replaceMostStatusCodes();
        long errorsBefore = errors();
        bulkDialogs.log = l -> {
            l.steppedAsideProperty().addListener((o, a, aside) -> {
                if (aside) {
                    runner.cancelNext(); // Cancel pressed as soon as the card shows
                }
            });
            l.revertAction(l.rows().get(0));
            assertThat(l.steppedAsideProperty().get()).isFalse();
            assertThat(l.statusProperty().get()).isEqualTo("Revert cancelled: nothing was reverted; the values,"
                    + " issues and change log are as they were.");
            assertThat(l.rows()).allMatch(ChangeLogRow::inEffect);
        };
        vm.bulk().showChangeLog();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled: nothing was changed");
        assertThat(vm.countsProperty().get().edits()).isEqualTo(changed);
        assertThat(errors()).isEqualTo(errorsBefore);
        vm.undo();
        assertThat(vm.countsProperty().get().edits()).as("the replace is still the last step").isZero();
    }

    @Test
    void aLargeMergeRunsBehindTheBusyCardWithTheClustersSteppedAside() {
        long spelt = replaceMostStatusCodesWith("0-1");
        assertThat(spelt).isGreaterThanOrEqualTo(1000);
        bulkDialogs.set = s -> {
            s.valueProperty().set("01");
            return true;
        };
        vm.bulk().setValue(1, List.of(0));
        List<String> shown = new java.util.ArrayList<>();
        vm.progressTextProperty().addListener((o, a, b) -> {
            if (vm.busyProperty().get()) {
                shown.add(b);
            }
        });
        bulkDialogs.clusters = c -> {
            List<Boolean> asideWhileBusy = new java.util.ArrayList<>();
            vm.busyProperty().addListener((o, a, busy) -> {
                if (busy) {
                    asideWhileBusy.add(c.steppedAsideProperty().get());
                }
            });
            c.chosenProperty().set(c.clusters().stream().filter(k -> k.cluster().key().equals("01")).findFirst()
                    .orElseThrow());
            c.targetProperty().set("01");
            long records = c.chosenProperty().get().cluster().recordsToChange("01");
            assertThat(records).isEqualTo(spelt - 1);

            c.merge();

            assertThat(shown).first().isEqualTo(String.format("Merging %,d records\u2026", records));
            assertThat(asideWhileBusy).containsExactly(true);
            assertThat(c.steppedAsideProperty().get()).isFalse();
            assertThat(c.statusProperty().get()).startsWith(String.format("Merged %,d records into '01' in one step",
                    records));
        };
        vm.bulk().cluster(1);

        assertThat(vm.countsProperty().get().edits()).isZero();
    }

    @Test
    void aCellOffersFixAllForTheFirstRuleOnItThatHasASafeFix() {
        java.util.List<String> values = java.util.Collections.nCopies(18, "");
        org.didworkbench.domain.rules.Issue postcode = new org.didworkbench.domain.rules.Issue(7, 7, "DIDS017",
                org.didworkbench.domain.rules.Severity.ERROR, List.of("POSTCODE"), "LS14HR", "m");
        org.didworkbench.domain.rules.Issue exists = new org.didworkbench.domain.rules.Issue(7, 7, "DIDS016",
                org.didworkbench.domain.rules.Severity.ERROR, List.of("POSTCODE"), "LS14HR", "m");
        org.didworkbench.domain.rules.Issue nhs = new org.didworkbench.domain.rules.Issue(7, 7, "DIDS001",
                org.didworkbench.domain.rules.Severity.ERROR, List.of("NHS_NUMBER"), "1", "m");
        org.didworkbench.service.RecordRow row = new org.didworkbench.service.RecordRow(7, 7, values,
                List.of(nhs, exists, postcode), java.util.Set.of(), null);

        assertThat(vm.bulk().fixableIssue(row, POSTCODE)).map(org.didworkbench.domain.rules.Issue::rule)
                .contains("DIDS017");
        assertThat(vm.bulk().fixableIssue(row, 0)).as("DIDS001 has no safe fix").isEmpty();
        assertThat(vm.bulk().fixableIssue(null, POSTCODE)).isEmpty();
    }

    @Test
    void theChangeLogExportStartsBesideTheSourceBeforeAnyExport() {
        vm.bulk().exportChangeLog();
        assertThat(bulkDialogs.changeLogFolder).isEqualTo(Samples.SAMPLE.getParent());
        assertThat(BulkEditsViewModel.changeLogName("x.y.csv")).isEqualTo("x.y-changes.csv");
        assertThat(BulkEditsViewModel.changeLogName("noext")).isEqualTo("noext-changes.csv");
    }
}
