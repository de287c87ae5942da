package org.didworkbench.domain.rules.did;

import java.time.LocalDate;

import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.OdsRoles;
import org.didworkbench.domain.reference.OdsType;

/** Wording shared by the ODS rules' messages. */
final class OdsText {
    private OdsText() {
    }

    /**
     * Why an entry was not live on a day, in brackets: "(closed 2025-03-31 in the ODS data)",
     * "(opened 2027-01-01 in the ODS data)", with "; succeeded by X" when ODS names a successor.
     */
    static String notLiveDetail(OdsOrganisation o, LocalDate day) {
        String why;
        if (o.openDate() != null && o.openDate().isAfter(day)) {
            why = "opened " + o.openDate();
        } else if (o.closeDate() != null) {
            why = "closed " + o.closeDate();
        } else {
            why = "not open then";
        }
        String successor = o.successor() == null ? "" : "; succeeded by " + o.successor();
        return "(" + why + " in the ODS data" + successor + ")";
    }

    /** What an entry is, for "… is an ODS X, not …": "NHS trust", "NHS trust site", "site", "organisation". */
    static String what(OdsOrganisation o) {
        if (o.roles().contains(OdsRoles.NHS_TRUST)) {
            return "NHS trust";
        }
        if (o.roles().contains(OdsRoles.NHS_TRUST_SITE)) {
            return "NHS trust site";
        }
        return o.type() == OdsType.SITE ? "site" : o.type().description();
    }
}
