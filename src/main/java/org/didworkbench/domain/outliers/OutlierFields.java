package org.didworkbench.domain.outliers;

import org.didworkbench.domain.rules.did.DidV1Items;

/**
 * Where the items the outlier analysis reads stand in a profile's record: item indexes, so that
 * DIDS v2 can reuse the analysis with its own layout. Use {@code -1} for an item the profile lacks;
 * the checks that need it are then skipped (the four dates, the imaging code and the site are
 * required).
 *
 * @param requestDate  DIAGNOSTIC TEST REQUEST DATE
 * @param receivedDate DIAGNOSTIC TEST REQUEST RECEIVED DATE
 * @param testDate     DIAGNOSTIC TEST DATE
 * @param reportDate   SERVICE REPORT ISSUE DATE
 * @param birthDate    PERSON BIRTH DATE
 * @param gender       PERSON GENDER CODE CURRENT
 * @param nicip        IMAGING CODE (NICIP)
 * @param snomed       IMAGING CODE (SNOMED-CT)
 * @param site         SITE CODE (OF IMAGING)
 * @param accession    RADIOLOGICAL ACCESSION NUMBER
 * @param nhsNumber    NHS NUMBER
 * @param postcode     POSTCODE OF USUAL ADDRESS
 * @param setting      PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING): splits bands into inpatient and A&amp;E
 *                     work and the rest
 */
public record OutlierFields(int requestDate, int receivedDate, int testDate, int reportDate, int birthDate,
                            int gender, int nicip, int snomed, int site, int accession, int nhsNumber,
                            int postcode, int setting) {

    static final int REQUEST = 0;
    static final int RECEIVED = 1;
    static final int TEST = 2;
    static final int REPORT = 3;
    static final int DATE_SLOTS = 4;

    public OutlierFields {
        if (requestDate < 0 || receivedDate < 0 || testDate < 0 || reportDate < 0 || site < 0
                || (nicip < 0 && snomed < 0)) {
            throw new IllegalArgumentException("The four dates, the site and an imaging code item are required");
        }
    }

    /** The DID v1 layout (did-reference.md §1.2). */
    public static OutlierFields didV1() {
        return new OutlierFields(DidV1Items.DIAGNOSTIC_TEST_REQUEST_DATE, DidV1Items.DIAG_TEST_REQUEST_REC_DATE,
                DidV1Items.DIAGNOSTIC_TEST_DATE, DidV1Items.SERVICE_REPORT_DATE, DidV1Items.PERSON_BIRTH_DATE,
                DidV1Items.PERSON_GENDER_CODE, DidV1Items.IMAGING_CODE_NICIP, DidV1Items.IMAGING_CODE_SNOMED,
                DidV1Items.SITE_CODE_IMAGING, DidV1Items.RADIOLOGICAL_ACCESSION_NUM, DidV1Items.NHS_NUMBER,
                DidV1Items.POSTCODE, DidV1Items.PATIENT_SOURCE_SETTING);
    }

    /** The item index of a date slot (request, received, test, report). */
    int date(int slot) {
        return switch (slot) {
            case REQUEST -> requestDate;
            case RECEIVED -> receivedDate;
            case TEST -> testDate;
            case REPORT -> reportDate;
            default -> throw new IllegalArgumentException("No date slot " + slot);
        };
    }
}
