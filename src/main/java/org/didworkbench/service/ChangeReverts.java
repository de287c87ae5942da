package org.didworkbench.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private static String reason(int reverted, Set<String> reasons, String note) {
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
        Map<Long, RecordRow> records = new HashMap<>();
        Plan plan = plan(chosen, name -> indexOf(session, name),
                (record, item) -> records.computeIfAbsent(record, session::record).value(item), note);
        if (plan.values().isEmpty()) {
            return new Result(new EditOutcome(Set.of(), session.counts(), 0), plan.reverted(), plan.left());
        }
        return new Result(session.revertValues(plan.values(), plan.reason()), plan.reverted(), plan.left());
    }

    private static int indexOf(Session session, String name) {
        var items = session.profile().items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private record Cell(long record, int item) {
    }
}
