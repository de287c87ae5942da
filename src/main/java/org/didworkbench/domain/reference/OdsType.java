package org.didworkbench.domain.reference;

/** The kind of ODS entry. */
public enum OdsType {
    GP_PRACTICE,
    ORGANISATION,
    SITE
}
