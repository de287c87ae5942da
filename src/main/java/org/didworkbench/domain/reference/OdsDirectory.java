package org.didworkbench.domain.reference;

import java.util.Optional;

/** ODS organisations, GP practices and sites, looked up by code (upper case). */
public interface OdsDirectory {

    /** The organisation or site with this code, when the directory has it. */
    Optional<OdsOrganisation> find(String upperCaseCode);
}
