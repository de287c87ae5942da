package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Reverting changes chosen in the change log: each cell goes back to the value it had before the
 * earliest chosen change of it, as one action (one undo step) logged as a revert whose reason names
 * what was reverted.
 *
 * <p>A change is reverted only while it is in effect: its action is applied (or is a done undo or
 * redo) and the cell still holds the value the latest chosen change of that cell wrote. A change that
 * was undone, or whose cell was changed again afterwards, is left, and counted, so a revert never
 * overwrites a later correction the user did not choose.
 */
public final class ChangeReverts {
    /** The longest reason written to the log; a revert of many kinds of change is summarised. */
    static final int REASON_LIMIT = 200;

    private ChangeReverts() {
    }

    /** A cell's value now. */
    @FunctionalInterface
    public interface CurrentValues {
        String valueOf(long record, int item);
    }

    /**
     * What reverting would do.
     *
     * @param values   record number → (item index → value to put back)
     * @param reverted chosen changes that are reverted
     * @param left     chosen changes left because they are no longer in effect
     * @param reason   the change-log reason
     */
    public record Plan(Map<Long, Map<Integer, String>> values, int reverted, int left, String reason) {
    }

    /** What a revert did. */
    public record Result(EditOutcome outcome, int reverted, int left) {
    }

    /**
     * Plans the revert of chosen changes. Pure: reads nothing but its arguments.
     *
     * @param chosen    the chosen changes, in any order
     * @param itemIndex the index of an item by the name the log gives it (negative when unknown)
     * @param current   the value of a cell now
     * @param note      the user's words to add to the reason (may be null or blank)
     */
    public static Plan plan(List<ChangeEntry> chosen, ToIntFunction<String> itemIndex, CurrentValues current,
                            String note) {
        Map<Cell, List<ChangeEntry>> byCell = new LinkedHashMap<>();
        int left = 0;
        List<ChangeEntry> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.comparingLong(ChangeEntry::action));
        for (ChangeEntry e : ordered) {
            int item = itemIndex.applyAsInt(e.item());
            boolean live = e.state().equals(Editor.APPLIED) || e.state().equals(Editor.DONE);
            if (item < 0 || !live) {
                left++;
                continue;
            }
            byCell.computeIfAbsent(new Cell(e.record(), item), c -> new ArrayList<>()).add(e);
        }
        Map<Long, Map<Integer, String>> values = new LinkedHashMap<>();
        Set<String> reasons = new LinkedHashSet<>();
        int reverted = 0;
        for (Map.Entry<Cell, List<ChangeEntry>> c : byCell.entrySet()) {
            List<ChangeEntry> chain = c.getValue();
            ChangeEntry latest = chain.get(chain.size() - 1);
            String now = current.valueOf(c.getKey().record, c.getKey().item);
            if (!Objects.equals(now, latest.newValue())) {
                left += chain.size();
                continue;
            }
            reverted += chain.size();
            values.computeIfAbsent(c.getKey().record, r -> new LinkedHashMap<>())
                    .put(c.getKey().item, chain.get(0).oldValue());
            chain.forEach(e -> reasons.add(e.reason().isBlank() ? e.kind() : e.reason()));
        }
        return new Plan(values, reverted, left, reason(reverted, reasons, note));
    }

    /** The change-log reason of a revert: how many changes, of what, and the user's note. */
    static String reason(int reverted, Set<String> reasons, String note) {
        StringBuilder b = new StringBuilder(String.format("Revert of %,d change%s from the change log", reverted,
                reverted == 1 ? "" : "s"));
        if (!reasons.isEmpty()) {
            String joined = String.join("; ", reasons);
            if (joined.length() > REASON_LIMIT) {
                joined = joined.substring(0, REASON_LIMIT - 1) + "\u2026";
            }
            b.append(" (").append(joined).append(')');
        }
        if (note != null && !note.isBlank()) {
            b.append(" \u2014 ").append(note.strip());
        }
        return b.toString();
    }

    /**
     * Reverts chosen changes of the open workspace as one action.
     *
     * @return the outcome (action 0 when nothing was in effect) with the counts reverted and left
     */
    public static Result revert(Session session, List<ChangeEntry> chosen, String note) throws ServiceException {
        return revert(session, chosen, note, ProgressListener.NONE, new CancellationToken());
    }

    /**
     * {@link #revert(Session, List, String)} with progress and Cancel, for a revert of thousands of changes
     * (a whole bulk fix): first the cells' values now are read, a few hundred records at a time, then the
     * revert is applied as one transaction. Cancelled at any point, nothing of it is kept (values, issues
     * and change log are as before) and it ends in a {@link CancelledException}.
     */
    public static Result revert(Session session, List<ChangeEntry> chosen, String note, ProgressListener progress,
                                CancellationToken cancel) throws ServiceException {
        Map<String, Integer> indexes = indexes(session);
        ToIntFunction<String> itemIndex = name -> indexes.getOrDefault(name, -1);
        Map<Long, Map<Integer, String>> now = currentValues(session, chosen, itemIndex, progress, cancel);
        Plan plan = plan(chosen, itemIndex, (record, item) -> now.getOrDefault(record, Map.of()).get(item), note);
        cancel.check();
        if (plan.values().isEmpty()) {
            return new Result(new EditOutcome(Set.of(), session.counts(), 0), plan.reverted(), plan.left());
        }
        return new Result(session.revertValues(plan.values(), plan.reason(), progress, cancel), plan.reverted(),
                plan.left());
    }

    /**
     * Reverts every change of one action (a whole bulk fix, say) as one action, with progress and Cancel as
     * {@link #revert(Session, List, String, ProgressListener, CancellationToken)}. An open workspace goes
     * through the action's log a chunk at a time inside the revert ({@link Session#revertAction}), so a
     * revert of a quarter of a million changes does not hold them all.
     */
    public static Result revertAction(Session session, long action, String note, ProgressListener progress,
                                      CancellationToken cancel) throws ServiceException {
        return session.revertAction(action, note, progress, cancel);
    }

    /**
     * {@link #revertAction} from the listed change log: reads every change of the action, then plans and
     * applies the revert (what a session that cannot stream does).
     */
    static Result revertListed(Session session, long action, String note, ProgressListener progress,
                               CancellationToken cancel) throws ServiceException {
        progress.progress(0, -1, READING_LOG);
        List<ChangeEntry> chosen = session.changeLog(ChangeLogQuery.ofAction(action), Integer.MAX_VALUE).rows()
                .stream().map(ChangeLogRow::entry).toList();
        return revert(session, chosen, note, progress, cancel);
    }

    /** How many changes an action made (what reverting it would touch at most). */
    public static long changesOf(Session session, long action) {
        return session.changeLog(ChangeLogQuery.ofAction(action), 0).total();
    }

    /** The progress phases of a revert before it is applied. */
    static final String READING_LOG = "Reading the change log";
    static final String CHECKING = "Checking which changes are still in effect";
    /** Records whose values are read at once (see {@link Session#recordValues}). */
    private static final int READ_AT_ONCE = 500;

    /**
     * The values now of the cells the chosen changes touched, read a few hundred records at a time (never one
     * query per record: a whole bulk fix touches tens of thousands). A record that is gone is left out.
     */
    private static Map<Long, Map<Integer, String>> currentValues(Session session, List<ChangeEntry> chosen,
                                                                 ToIntFunction<String> itemIndex,
                                                                 ProgressListener progress, CancellationToken cancel)
            throws CancelledException {
        Map<Long, Set<Integer>> wanted = new TreeMap<>();
        for (ChangeEntry e : chosen) {
            int item = itemIndex.applyAsInt(e.item());
            if (item >= 0) {
                wanted.computeIfAbsent(e.record(), r -> new HashSet<>()).add(item);
            }
        }
        long[] numbers = wanted.keySet().stream().mapToLong(Long::longValue).toArray();
        Map<Long, Map<Integer, String>> out = new HashMap<>();
        for (int from = 0; from < numbers.length; from += READ_AT_ONCE) {
            cancel.check();
            progress.progress(from, numbers.length, CHECKING);
            for (RecordRow row : session.recordValues(Arrays.copyOfRange(numbers, from,
                    Math.min(numbers.length, from + READ_AT_ONCE)))) {
                Map<Integer, String> cells = new HashMap<>();
                for (int item : wanted.getOrDefault(row.record(), Set.of())) {
                    if (item < row.values().size()) {
                        cells.put(item, row.value(item));
                    }
                }
                out.put(row.record(), cells);
            }
        }
        progress.progress(numbers.length, numbers.length, CHECKING);
        return out;
    }

    private static Map<String, Integer> indexes(Session session) {
        var items = session.profile().items();
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            out.putIfAbsent(items.get(i).name(), i);
        }
        return out;
    }

    private record Cell(long record, int item) {
    }
}
