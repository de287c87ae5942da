package org.didworkbench.domain.outliers;

import java.util.List;

import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.ImagingCodeTable;
import org.didworkbench.domain.reference.LoadedReferenceData;
import org.didworkbench.domain.reference.ReferenceData;

/** A NICIP table held in a list, for tests. */
record StubImagingCodes(List<ImagingCodeEntry> entries) implements ImagingCodeTable {

    static ReferenceData reference(ImagingCodeEntry... entries) {
        return new LoadedReferenceData(null, null, new StubImagingCodes(List.of(entries)), List.of());
    }

    static ImagingCodeEntry entry(String nicip, String snomed, String description, String modality) {
        return new ImagingCodeEntry(nicip, snomed, description, null, null, modality);
    }

    @Override
    public List<ImagingCodeEntry> nicip(String upperCaseCode) {
        return entries.stream().filter(e -> upperCaseCode.equals(e.nicip())).toList();
    }

    @Override
    public List<ImagingCodeEntry> snomed(String conceptId) {
        return entries.stream().filter(e -> conceptId.equals(e.snomed())).toList();
    }
}
