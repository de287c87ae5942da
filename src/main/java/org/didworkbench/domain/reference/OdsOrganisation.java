package org.didworkbench.domain.reference;

import java.time.LocalDate;
import java.util.Set;

/**
 * One ODS entry.
 *
 * @param code      the ODS code, upper case
 * @param name      the organisation's name
 * @param type      what the entry is (practice, organisation, site)
 * @param openDate  the day it opened, null when unknown
 * @param closeDate the day it closed, null while open
 * @param roles     ODS role codes or names held (e.g. {@code RO76} GP practice, {@code RO177} prescribing cost centre;
 *                  see {@link OdsRoles})
 * @param successor the code of the entry that succeeded it, null when none
 */
public record OdsOrganisation(String code, String name, OdsType type, LocalDate openDate, LocalDate closeDate,
                              Set<String> roles, String successor) {

    public OdsOrganisation {
        roles = Set.copyOf(roles);
    }

    /** True when open on the given day (open date, when known, on or before it; not yet closed). */
    public boolean liveOn(LocalDate day) {
        return (openDate == null || !openDate.isAfter(day)) && (closeDate == null || !closeDate.isBefore(day));
    }

    /**
     * True when the entry may stand as a patient's registered practice: a GP practice or any
     * prescribing cost centre (the roles the national DIDS018 check accepts).
     */
    public boolean isPracticeOrPrescribingCostCentre() {
        return type == OdsType.GP_PRACTICE || roles.contains(OdsRoles.GP_PRACTICE)
                || roles.contains(OdsRoles.PRESCRIBING_COST_CENTRE);
    }

    /** The same entry with another successor code. */
    public OdsOrganisation withSuccessor(String successorCode) {
        return new OdsOrganisation(code, name, type, openDate, closeDate, roles, successorCode);
    }
}
