package org.didworkbench.domain.reference;

/**
 * The ODS role codes the workbench attaches to entries read from the ODS CSV downloads. The CSV
 * files carry no role column, so the role is implied by the file an entry came from (and, for
 * {@code epraccur}, by its prescribing setting).
 */
public final class OdsRoles {
    private OdsRoles() {
    }

    /** RO76: GP practice (an {@code epraccur} row with prescribing setting 4). */
    public static final String GP_PRACTICE = "RO76";
    /** RO177: prescribing cost centre (every {@code epraccur} row). */
    public static final String PRESCRIBING_COST_CENTRE = "RO177";
    /** RO197: NHS trust (every {@code etr} row). */
    public static final String NHS_TRUST = "RO197";
    /** RO198: NHS trust site (every {@code ets} row). */
    public static final String NHS_TRUST_SITE = "RO198";
}
