package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.ImagingCodeTable;

/**
 * The distinct examination codes of a file, each resolved once: its modality group, its NICIP
 * preferred term (when the NICIP table is loaded) and the plausibility rows that cover it. Records
 * keep only the code's id. The NICIP code is used when given, else the SNOMED CT code.
 */
final class ExamCodes {

    /**
     * One distinct examination.
     *
     * @param text        the code as submitted (NICIP upper-cased)
     * @param nicip       true when {@code text} is a NICIP code, false for SNOMED CT
     * @param nicipCode   the NICIP code, given or found through the table's mapping; null when unknown
     * @param description the NICIP preferred term, null without the table
     * @param group       the modality group id
     * @param rows        indexes of the plausibility rows that cover it
     */
    record Entry(String text, boolean nicip, String nicipCode, String description, int group, int[] rows) {
    }

    private final ImagingCodeTable table;
    private final PlausibilityTable plausibility;
    private final Map<String, Integer> byNicip = new HashMap<>();
    private final Map<String, Integer> bySnomed = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> groupIds = new HashMap<>();
    private final List<String> groups = new ArrayList<>();

    /**
     * @param table        the NICIP/SNOMED table, or null when not loaded
     * @param plausibility the plausibility rows
     */
    ExamCodes(ImagingCodeTable table, PlausibilityTable plausibility) {
        this.table = table;
        this.plausibility = plausibility;
    }

    /** The id of an examination, adding it when new; -1 when both codes are blank. */
    int id(String nicip, String snomed) {
        if (nicip != null) {
            String upper = nicip.toUpperCase(Locale.ROOT);
            Integer id = byNicip.get(upper);
            if (id == null) {
                id = add(upper, true);
                byNicip.put(upper, id);
            }
            return id;
        }
        if (snomed != null) {
            Integer id = bySnomed.get(snomed);
            if (id == null) {
                id = add(snomed, false);
                bySnomed.put(snomed, id);
            }
            return id;
        }
        return -1;
    }

    /** Distinct examinations seen. */
    int size() {
        return entries.size();
    }

    Entry entry(int id) {
        return entries.get(id);
    }

    /** The modality group of an examination id; records with no code form the "Unknown modality" group. */
    int group(int id) {
        return id < 0 ? groupId(Modalities.UNKNOWN) : entries.get(id).group();
    }

    private int groupId(String modality) {
        return groupIds.computeIfAbsent(modality, m -> {
            groups.add(m);
            return groups.size() - 1;
        });
    }

    int groupCount() {
        return groups.size();
    }

    String groupName(int group) {
        return groups.get(group);
    }

    private int add(String text, boolean isNicip) {
        String modality = null;
        String description = null;
        String nicipCode = isNicip ? text : null;
        if (table != null) {
            List<ImagingCodeEntry> rows = isNicip ? table.nicip(text) : table.snomed(text);
            for (ImagingCodeEntry e : rows) {
                if (modality == null) {
                    modality = Modalities.fromTable(e.modality());
                }
                if (description == null && e.description() != null && !e.description().isBlank()) {
                    description = e.description();
                }
                if (nicipCode == null && e.nicip() != null && !e.nicip().isBlank()) {
                    nicipCode = e.nicip().toUpperCase(Locale.ROOT);
                }
            }
        }
        if (modality == null) {
            modality = Modalities.fromNicip(nicipCode);
        }
        int group = groupId(modality);
        List<PlausibilityRow> all = plausibility.rows();
        int[] covering = new int[all.size()];
        int n = 0;
        for (int r = 0; r < all.size(); r++) {
            if (all.get(r).covers(nicipCode, description)) {
                covering[n++] = r;
            }
        }
        entries.add(new Entry(text, isNicip, nicipCode, description, group, Arrays.copyOf(covering, n)));
        return entries.size() - 1;
    }
}
