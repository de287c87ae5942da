package org.didworkbench.domain.reference;

import java.util.List;
import java.util.Optional;

/**
 * The reference data loaded for a validation run. Any part may be absent; rules that need an
 * absent part are reported as not checked.
 */
public interface ReferenceData {

    Optional<OdsDirectory> ods();

    Optional<PostcodeDirectory> postcodes();

    Optional<ImagingCodeTable> imagingCodes();

    /** What was loaded, for the summary and the report. */
    List<ReferenceSource> sources();

    /** True when that kind of reference data is loaded. */
    default boolean has(ReferenceKind kind) {
        return switch (kind) {
            case ODS -> ods().isPresent();
            case POSTCODES -> postcodes().isPresent();
            case IMAGING_CODES -> imagingCodes().isPresent();
        };
    }

    /** No reference data at all. */
    static ReferenceData none() {
        return new LoadedReferenceData(null, null, null, List.of());
    }
}
