package org.didworkbench.sample;

import java.time.LocalDate;

import org.didworkbench.domain.rules.did.DidV1Items;
import org.didworkbench.sample.SyntheticWorld.ImagingCode;

/**
 * One record while it is being made: dates as epoch days so problems can move them, then
 * {@link #toFields()} for the 18 text values. Mutable and short-lived, used by one thread.
 */
final class RecordDraft {
    static final int NO_DATE = Integer.MIN_VALUE;

    String nhsNumber;
    String status;
    int birth;
    String ethnic;
    String gender;
    String postcode;
    String practice;
    String sourceSetting;
    String referrer;
    String referringOrg;
    int request;
    int received;
    int test;
    /** {@link #NO_DATE} when the report had not been issued at extraction. */
    int report;
    ImagingCode code;
    boolean withNicip;
    boolean withSnomed;
    String site;
    String accession;

    /** Moves the referral, test and report dates together, keeping the intervals. */
    void shift(int days) {
        request += days;
        received += days;
        test += days;
        if (report != NO_DATE) {
            report += days;
        }
    }

    /** Age in whole years on the test date. */
    int ageAtTest() {
        LocalDate b = LocalDate.ofEpochDay(birth);
        LocalDate t = LocalDate.ofEpochDay(test);
        int age = t.getYear() - b.getYear();
        if (t.getMonthValue() < b.getMonthValue()
                || t.getMonthValue() == b.getMonthValue() && t.getDayOfMonth() < b.getDayOfMonth()) {
            age--;
        }
        return age;
    }

    String[] toFields() {
        String[] f = new String[18];
        f[DidV1Items.NHS_NUMBER] = nhsNumber;
        f[DidV1Items.NHS_NUMBER_STATUS_IND] = status;
        f[DidV1Items.PERSON_BIRTH_DATE] = iso(birth);
        f[DidV1Items.ETHNIC_CATEGORY] = ethnic;
        f[DidV1Items.PERSON_GENDER_CODE] = gender;
        f[DidV1Items.POSTCODE] = postcode;
        f[DidV1Items.PRACTICE_CODE] = practice;
        f[DidV1Items.PATIENT_SOURCE_SETTING] = sourceSetting;
        f[DidV1Items.REFERRER] = referrer;
        f[DidV1Items.REFERRING_ORG_CODE] = referringOrg;
        f[DidV1Items.DIAGNOSTIC_TEST_REQUEST_DATE] = iso(request);
        f[DidV1Items.DIAG_TEST_REQUEST_REC_DATE] = iso(received);
        f[DidV1Items.DIAGNOSTIC_TEST_DATE] = iso(test);
        f[DidV1Items.IMAGING_CODE_NICIP] = withNicip ? code.nicip() : "";
        f[DidV1Items.IMAGING_CODE_SNOMED] = withSnomed ? code.sctId() : "";
        f[DidV1Items.SERVICE_REPORT_DATE] = iso(report);
        f[DidV1Items.SITE_CODE_IMAGING] = site;
        f[DidV1Items.RADIOLOGICAL_ACCESSION_NUM] = accession;
        return f;
    }

    /** CCYY-MM-DD without going through a formatter: this runs five times per record. */
    static String iso(int epochDay) {
        if (epochDay == NO_DATE) {
            return "";
        }
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        char[] c = {
                (char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
                (char) ('0' + y % 10), '-', (char) ('0' + m / 10), (char) ('0' + m % 10), '-',
                (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }
}
