package org.didworkbench.domain.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An {@link ImagingCodeTable} held in hash maps. Immutable and thread-safe once built. */
public final class MapImagingCodeTable implements ImagingCodeTable {
    private final Map<String, List<ImagingCodeEntry>> byNicip;
    private final Map<String, List<ImagingCodeEntry>> bySnomed;
    private final int rows;

    /** @param entries the rows, NICIP codes upper case, in file order (kept in that order per code) */
    public MapImagingCodeTable(Collection<ImagingCodeEntry> entries) {
        Map<String, List<ImagingCodeEntry>> nicip = new HashMap<>();
        Map<String, List<ImagingCodeEntry>> snomed = new HashMap<>();
        for (ImagingCodeEntry e : entries) {
            nicip.computeIfAbsent(e.nicip(), k -> new ArrayList<>(1)).add(e);
            if (e.snomed() != null) {
                snomed.computeIfAbsent(e.snomed(), k -> new ArrayList<>(1)).add(e);
            }
        }
        nicip.replaceAll((k, v) -> List.copyOf(v));
        snomed.replaceAll((k, v) -> List.copyOf(v));
        this.byNicip = nicip;
        this.bySnomed = snomed;
        this.rows = entries.size();
    }

    @Override
    public List<ImagingCodeEntry> nicip(String upperCaseCode) {
        return byNicip.getOrDefault(upperCaseCode, List.of());
    }

    @Override
    public List<ImagingCodeEntry> snomed(String conceptId) {
        return bySnomed.getOrDefault(conceptId, List.of());
    }

    /** Rows held, history included. */
    public int rows() {
        return rows;
    }
}
