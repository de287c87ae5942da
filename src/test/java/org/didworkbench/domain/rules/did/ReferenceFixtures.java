package org.didworkbench.domain.rules.did;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.reference.ImagingCodeEntry;
import org.didworkbench.domain.reference.LoadedReferenceData;
import org.didworkbench.domain.reference.MapImagingCodeTable;
import org.didworkbench.domain.reference.MapOdsDirectory;
import org.didworkbench.domain.reference.OdsOrganisation;
import org.didworkbench.domain.reference.OdsRoles;
import org.didworkbench.domain.reference.OdsSuccession;
import org.didworkbench.domain.reference.OdsType;
import org.didworkbench.domain.reference.PackedPostcodeDirectory;
import org.didworkbench.domain.reference.ReferenceData;

/**
 * Synthetic reference data for the rule tests, built in code (the domain reads no files). The
 * codes follow the sample data: trust RZZ with sites RZZ01–03, RZZ09 closed 2025-03-31, practices
 * P81001–P81003, P81099 closed 2025-03-31; NICIP codes with Verhoeff-valid SNOMED CT ids.
 */
final class ReferenceFixtures {
    static final LocalDate OPENED = LocalDate.of(2000, 4, 1);
    static final LocalDate CLOSED = LocalDate.of(2025, 3, 31);

    private ReferenceFixtures() {
    }

    static MapOdsDirectory ods() {
        return new MapOdsDirectory(List.of(
                org("RZZ", OdsType.ORGANISATION, OPENED, null, OdsRoles.NHS_TRUST),
                org("RYY", OdsType.ORGANISATION, OPENED, LocalDate.of(2020, 3, 31), OdsRoles.NHS_TRUST),
                org("RZZ01", OdsType.SITE, OPENED, null, OdsRoles.NHS_TRUST_SITE),
                org("RZZ02", OdsType.SITE, OPENED, null, OdsRoles.NHS_TRUST_SITE),
                org("RZZ03", OdsType.SITE, OPENED, null, OdsRoles.NHS_TRUST_SITE),
                org("RZZ09", OdsType.SITE, OPENED, CLOSED, OdsRoles.NHS_TRUST_SITE),
                org("RZZ05", OdsType.SITE, LocalDate.of(2027, 1, 1), null, OdsRoles.NHS_TRUST_SITE),
                practice("P81001", null),
                practice("P81002", null),
                practice("P81003", null),
                practice("P81099", CLOSED),
                org("Y01234", OdsType.ORGANISATION, OPENED, null, OdsRoles.PRESCRIBING_COST_CENTRE),
                org("Y09999", OdsType.ORGANISATION, OPENED, LocalDate.of(2024, 12, 31), OdsRoles.PRESCRIBING_COST_CENTRE),
                new OdsOrganisation("NEF10", "SYNTHETIC INDEPENDENT PROVIDER", OdsType.ORGANISATION, OPENED, null,
                        Set.of(), null)),
                List.of(new OdsSuccession("RZZ07", "RZZ01", "Merger", LocalDate.of(2024, 4, 1)),
                        new OdsSuccession("RZZ08", "RZZ07", "Merger", LocalDate.of(2023, 4, 1)),
                        new OdsSuccession("RZZ06", "RZZ02", "Merger", LocalDate.of(2027, 4, 1)),
                        new OdsSuccession("RZZ04", "RZZ03", "Merger", null),
                        new OdsSuccession("RZZ09", "RZZ03", "Merger", LocalDate.of(2025, 4, 1))));
    }

    private static OdsOrganisation practice(String code, LocalDate close) {
        return new OdsOrganisation(code, "SYNTHETIC SURGERY " + code, OdsType.GP_PRACTICE,
                LocalDate.of(1974, 4, 1), close, Set.of(OdsRoles.GP_PRACTICE, OdsRoles.PRESCRIBING_COST_CENTRE), null);
    }

    private static OdsOrganisation org(String code, OdsType type, LocalDate open, LocalDate close, String role) {
        return new OdsOrganisation(code, "SYNTHETIC " + code, type, open, close, Set.of(role), null);
    }

    static PackedPostcodeDirectory postcodes() {
        PackedPostcodeDirectory.Builder b = new PackedPostcodeDirectory.Builder();
        for (String p : List.of("LS1 4HR", "M1 1AE", "B1 1AA", "NE1 4ST")) {
            b.add(p, null);
        }
        b.add("LS2 9JT", YearMonth.of(2020, 1));
        return b.build();
    }

    static MapImagingCodeTable imagingCodes() {
        LocalDate start = LocalDate.of(2010, 4, 1);
        return new MapImagingCodeTable(List.of(
                nicip("CCHES", "169069000", "CT Thorax", start, null),
                nicip("XCHES", "168731009", "XR Chest", start, null),
                nicip("MHEAD", "816077007", "MRI Head", start, null),
                nicip("UABDO", "45036003", "US Abdomen", start, null),
                // retired 2026-03-31: accepted (with DIDS077/078) up to and including 2026-09-30
                nicip("XOLDG", "700000109", "XR Old grace", start, LocalDate.of(2026, 3, 31)),
                // retired 2026-02-28: accepted up to and including 2026-08-31
                nicip("XFEBE", "700000204", "XR February end", start, LocalDate.of(2026, 2, 28)),
                // not yet in use
                nicip("MNEWC", "700000301", "MRI New", LocalDate.of(2027, 4, 1), null),
                // history: two rows with different SNOMED CT concepts
                nicip("NCASP", "700000408", "NM Old concept", start, LocalDate.of(2020, 9, 30)),
                nicip("NCASP", "700000505", "NM New concept", LocalDate.of(2020, 10, 1), null),
                // a code with no SNOMED CT mapping
                nicip("XNOMP", null, "XR No mapping", start, null)));
    }

    private static ImagingCodeEntry nicip(String code, String sct, String preferred, LocalDate start, LocalDate end) {
        return new ImagingCodeEntry(code, sct, preferred, start, end, null);
    }

    static ReferenceData all() {
        return new LoadedReferenceData(ods(), postcodes(), imagingCodes(), List.of());
    }
}
