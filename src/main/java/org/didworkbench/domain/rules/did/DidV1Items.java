package org.didworkbench.domain.rules.did;

import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Mandation;
import org.didworkbench.domain.dataset.Normalisation;

/** The 18 DID v1 data items in CSV column order (did-reference.md §1.2–1.4). */
public final class DidV1Items {
    private DidV1Items() {
    }

    public static final int NHS_NUMBER = 0;
    public static final int NHS_NUMBER_STATUS_IND = 1;
    public static final int PERSON_BIRTH_DATE = 2;
    public static final int ETHNIC_CATEGORY = 3;
    public static final int PERSON_GENDER_CODE = 4;
    public static final int POSTCODE = 5;
    public static final int PRACTICE_CODE = 6;
    public static final int PATIENT_SOURCE_SETTING = 7;
    public static final int REFERRER = 8;
    public static final int REFERRING_ORG_CODE = 9;
    public static final int DIAGNOSTIC_TEST_REQUEST_DATE = 10;
    public static final int DIAG_TEST_REQUEST_REC_DATE = 11;
    public static final int DIAGNOSTIC_TEST_DATE = 12;
    public static final int IMAGING_CODE_NICIP = 13;
    public static final int IMAGING_CODE_SNOMED = 14;
    public static final int SERVICE_REPORT_DATE = 15;
    public static final int SITE_CODE_IMAGING = 16;
    public static final int RADIOLOGICAL_ACCESSION_NUM = 17;

    static final List<CodeValue> NHS_NUMBER_STATUS = List.of(
            new CodeValue("01", "Number present and verified"),
            new CodeValue("02", "Number present but not traced"),
            new CodeValue("03", "Trace required"),
            new CodeValue("04", "Trace attempted - no match or multiple match found"),
            new CodeValue("05", "Trace needs to be resolved - NHS number or patient detail conflict"),
            new CodeValue("06", "Trace in progress"),
            new CodeValue("07", "Number not present and trace not required"),
            new CodeValue("08", "Trace postponed (baby under six weeks old)"));

    static final List<CodeValue> ETHNIC = List.of(
            new CodeValue("A", "White - British"),
            new CodeValue("B", "White - Irish"),
            new CodeValue("C", "White - Any other White background"),
            new CodeValue("D", "Mixed - White and Black Caribbean"),
            new CodeValue("E", "Mixed - White and Black African"),
            new CodeValue("F", "Mixed - White and Asian"),
            new CodeValue("G", "Mixed - Any other mixed background"),
            new CodeValue("H", "Asian or Asian British - Indian"),
            new CodeValue("J", "Asian or Asian British - Pakistani"),
            new CodeValue("K", "Asian or Asian British - Bangladeshi"),
            new CodeValue("L", "Asian or Asian British - Any other Asian background"),
            new CodeValue("M", "Black or Black British - Caribbean"),
            new CodeValue("N", "Black or Black British - African"),
            new CodeValue("P", "Black or Black British - Any other Black background"),
            new CodeValue("R", "Other ethnic groups - Chinese"),
            new CodeValue("S", "Other ethnic groups - Any other ethnic group"),
            new CodeValue("Z", "Not stated"),
            new CodeValue("99", "Not known"));

    static final List<CodeValue> GENDER = List.of(
            new CodeValue("0", "Not known"),
            new CodeValue("1", "Male"),
            new CodeValue("2", "Female"),
            new CodeValue("9", "Not specified"));

    static final List<CodeValue> SOURCE_SETTING = List.of(
            new CodeValue("01", "Admitted Patient Care - Inpatient (this Health Care Provider)"),
            new CodeValue("02", "Admitted Patient Care - Day case (this Health Care Provider)"),
            new CodeValue("03", "Out-patient (this Health Care Provider)"),
            new CodeValue("04", "GP Direct Access"),
            new CodeValue("05", "Accident and Emergency Department (this Health Care Provider)"),
            new CodeValue("06", "Other Health Care Provider"),
            new CodeValue("07", "Other"));

    /** GP practice codes the national pipeline accepts without an ODS lookup. */
    public static final Set<String> PRACTICE_DEFAULTS = Set.of("V81997", "V81998", "V81999",
            "S30063", "S30152", "S99942", "S99957", "S99961", "S99976", "S99995", "S99999");
    /** Site codes always accepted. */
    public static final Set<String> SITE_DEFAULTS = Set.of("89999", "89997", "R9998");
    /** Referring organisation codes always accepted. */
    public static final Set<String> REFERRING_ORG_DEFAULTS = Set.of("X99998", "X99999", "XMD00", "89999", "89997",
            "X98", "Q99");
    /** Referrer default codes (did-reference.md §1.4.5–1.4.6). */
    public static final Set<String> REFERRER_DEFAULTS = Set.of("H9999998", "M9999998", "R9999981", "A9999998",
            "P9999981", "X9999998", "N9999998", "G9999998", "G9999981", "C9999998", "D9999998", "D9999981");

    /**
     * DPS "Submitted" model names by item (did-reference.md §1.2, [IMPL]): a header row may use them, so they are
     * the items' aliases.
     */
    private static final java.util.Map<String, String> DPS_ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("NHS_NUMBER_STATUS_IND", "NHS_NUMBER_STATUS"),
            java.util.Map.entry("PERSON_BIRTH_DATE", "DATE_OF_BIRTH"),
            java.util.Map.entry("ETHNIC_CATEGORY", "ETHNIC_CATEGORY_CODE"),
            java.util.Map.entry("PERSON_GENDER_CODE", "GENDER_CODE"),
            java.util.Map.entry("PRACTICE_CODE", "GP_CODE"),
            java.util.Map.entry("REFERRER", "REFERRER_CODE"),
            java.util.Map.entry("REFERRING_ORG_CODE", "REFERRER_ORGANISATION_CODE"),
            java.util.Map.entry("DIAG_TEST_REQUEST_REC_DATE", "DIAGNOSTIC_TEST_REQUEST_RECEIVED_DATE"),
            java.util.Map.entry("IMAGING_CODE_SNOMED", "IMAGING_CODE_SNOMED_CT"),
            java.util.Map.entry("SERVICE_REPORT_DATE", "SERVICE_REPORT_ISSUE_DATE"),
            java.util.Map.entry("SITE_CODE_IMAGING", "PROVIDER_SITE_CODE"),
            java.util.Map.entry("RADIOLOGICAL_ACCESSION_NUM", "RADIOLOGICAL_ACCESSION_NUMBER"));

    /** The greatest length of each item, from its format (§1.2), in file order. */
    private static final int[] MAX_LENGTHS = {10, 2, 10, 2, 1, 8, 12, 2, 8, 12, 10, 10, 10, 6, 18, 10, 12, 20};

    /**
     * The items in file order, each with its DPS header alias (when it has one) and its maximum length.
     */
    public static List<DataItem> items() {
        List<DataItem> base = baseItems();
        List<DataItem> out = new java.util.ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            DataItem item = base.get(i);
            String alias = DPS_ALIASES.get(item.name());
            out.add(item.withAliases(alias == null ? List.of() : List.of(alias)).withMaxLength(MAX_LENGTHS[i]));
        }
        return List.copyOf(out);
    }

    private static List<DataItem> baseItems() {
        return List.of(
                item("NHS_NUMBER", "NHS NUMBER", "n10", Mandation.MANDATORY_IDENTIFIER, true,
                        Normalisation.STRIP_SPACES_AND_HYPHENS, List.of(), Set.of()),
                item("NHS_NUMBER_STATUS_IND", "NHS NUMBER STATUS INDICATOR CODE", "an2", Mandation.REQUIRED, false,
                        Normalisation.STRIP, NHS_NUMBER_STATUS,
                        Set.of("02", "03", "04", "05", "06", "07", "08")),
                item("PERSON_BIRTH_DATE", "PERSON BIRTH DATE", "an10 CCYY-MM-DD", Mandation.MANDATORY_IDENTIFIER,
                        true, Normalisation.STRIP, List.of(), Set.of()),
                item("ETHNIC_CATEGORY", "ETHNIC CATEGORY", "an2", Mandation.MANDATORY_IDENTIFIER, false,
                        Normalisation.STRIP, ETHNIC, Set.of("Z", "99")),
                item("PERSON_GENDER_CODE", "PERSON GENDER CODE CURRENT", "an1", Mandation.MANDATORY_IDENTIFIER,
                        false, Normalisation.STRIP, GENDER, Set.of("0", "9")),
                item("POSTCODE", "POSTCODE OF USUAL ADDRESS", "max an8", Mandation.MANDATORY_IDENTIFIER, true,
                        Normalisation.STRIP, List.of(), Set.of()),
                item("PRACTICE_CODE", "GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION)", "min an3 max an12",
                        Mandation.MANDATORY_IDENTIFIER, false, Normalisation.STRIP, List.of(),
                        Set.of("V81997", "V81998", "V81999")),
                item("PATIENT_SOURCE_SETTING", "PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING)", "an2",
                        Mandation.MANDATORY, false, Normalisation.STRIP, SOURCE_SETTING, Set.of()),
                item("REFERRER", "REFERRER CODE", "an8", Mandation.REQUIRED, false, Normalisation.STRIP, List.of(),
                        REFERRER_DEFAULTS),
                item("REFERRING_ORG_CODE", "REFERRING ORGANISATION CODE", "min an3 max an12", Mandation.REQUIRED,
                        false, Normalisation.STRIP, List.of(), Set.of("X99998", "X99999", "89999", "89997")),
                item("DIAGNOSTIC_TEST_REQUEST_DATE", "DIAGNOSTIC TEST REQUEST DATE", "an10 CCYY-MM-DD",
                        Mandation.REQUIRED, false, Normalisation.STRIP, List.of(), Set.of()),
                item("DIAG_TEST_REQUEST_REC_DATE", "DIAGNOSTIC TEST REQUEST RECEIVED DATE", "an10 CCYY-MM-DD",
                        Mandation.REQUIRED, false, Normalisation.STRIP, List.of(), Set.of()),
                item("DIAGNOSTIC_TEST_DATE", "DIAGNOSTIC TEST DATE", "an10 CCYY-MM-DD", Mandation.MANDATORY, false,
                        Normalisation.STRIP, List.of(), Set.of()),
                item("IMAGING_CODE_NICIP", "IMAGING CODE (NICIP)", "max an6", Mandation.MANDATORY, false,
                        Normalisation.STRIP, List.of(), Set.of()),
                item("IMAGING_CODE_SNOMED", "IMAGING CODE (SNOMED-CT)", "n6-n18 SCTID", Mandation.MANDATORY, false,
                        Normalisation.STRIP, List.of(), Set.of()),
                item("SERVICE_REPORT_DATE", "SERVICE REPORT ISSUE DATE", "an10 CCYY-MM-DD", Mandation.REQUIRED,
                        false, Normalisation.STRIP, List.of(), Set.of()),
                item("SITE_CODE_IMAGING", "SITE CODE (OF IMAGING)", "min an5 max an12", Mandation.MANDATORY, false,
                        Normalisation.STRIP, List.of(), SITE_DEFAULTS),
                item("RADIOLOGICAL_ACCESSION_NUM", "RADIOLOGICAL ACCESSION NUMBER", "max an20", Mandation.MANDATORY,
                        false, Normalisation.STRIP, List.of(), Set.of()));
    }

    private static DataItem item(String name, String dd, String format, Mandation m, boolean identifier,
                                 Normalisation n, List<CodeValue> codes, Set<String> defaults) {
        return new DataItem(name, dd, format, m, identifier, n, codes, defaults,
                name.equals("POSTCODE") ? List.of("ZZ99") : List.of());
    }
}
