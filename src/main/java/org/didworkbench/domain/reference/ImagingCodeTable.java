package org.didworkbench.domain.reference;

import java.util.List;

/** NICIP codes with their validity windows and SNOMED CT mapping. */
public interface ImagingCodeTable {

    /** Every row for a NICIP code (upper case), history included; empty when unknown. */
    List<ImagingCodeEntry> nicip(String upperCaseCode);

    /** Every row whose SNOMED CT concept is this one; empty when unknown. */
    List<ImagingCodeEntry> snomed(String conceptId);
}
