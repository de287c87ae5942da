package org.didworkbench.domain.reference;

import java.util.List;
import java.util.Optional;

/** Reference data held in memory; any part may be null when it was not supplied. */
public record LoadedReferenceData(OdsDirectory odsDirectory, PostcodeDirectory postcodeDirectory,
                                  ImagingCodeTable imagingCodeTable, List<ReferenceSource> sources)
        implements ReferenceData {

    public LoadedReferenceData {
        sources = List.copyOf(sources);
    }

    @Override
    public Optional<OdsDirectory> ods() {
        return Optional.ofNullable(odsDirectory);
    }

    @Override
    public Optional<PostcodeDirectory> postcodes() {
        return Optional.ofNullable(postcodeDirectory);
    }

    @Override
    public Optional<ImagingCodeTable> imagingCodes() {
        return Optional.ofNullable(imagingCodeTable);
    }
}
