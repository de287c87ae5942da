package org.didworkbench.domain.outliers;

import static org.didworkbench.domain.rules.did.DidV1Items.*;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.did.DidV1Profile;

/** A hand-made DID v1 record for tests: sensible synthetic defaults, each item settable. */
final class Row {
    static final Profile PROFILE = DidV1Profile.create();

    final String[] values = {
        "9434765919", "01", "1960-03-14", "A", "2", "LS1 4HR", "B82005", "03", "G1234567", "B82005",
        "2026-09-01", "2026-09-01", "2026-09-10", "MBRAI", "", "2026-09-11", "RR801", "ACC1"};

    static Row of() {
        return new Row();
    }

    Row set(int item, String value) {
        values[item] = value;
        return this;
    }

    Row nhs(String v) {
        return set(NHS_NUMBER, v);
    }

    Row dob(String v) {
        return set(PERSON_BIRTH_DATE, v);
    }

    Row gender(String v) {
        return set(PERSON_GENDER_CODE, v);
    }

    Row postcode(String v) {
        return set(POSTCODE, v);
    }

    Row request(String v) {
        return set(DIAGNOSTIC_TEST_REQUEST_DATE, v);
    }

    Row received(String v) {
        return set(DIAG_TEST_REQUEST_REC_DATE, v);
    }

    Row test(String v) {
        return set(DIAGNOSTIC_TEST_DATE, v);
    }

    Row report(String v) {
        return set(SERVICE_REPORT_DATE, v);
    }

    Row nicip(String v) {
        return set(IMAGING_CODE_NICIP, v);
    }

    Row snomed(String v) {
        return set(IMAGING_CODE_SNOMED, v);
    }

    Row site(String v) {
        return set(SITE_CODE_IMAGING, v);
    }

    Row accession(String v) {
        return set(RADIOLOGICAL_ACCESSION_NUM, v);
    }

    /** The record as the reader would give it: record {@code number} on line {@code number + 1} (a header row). */
    RecordView view(long number) {
        return view(number, values.clone());
    }

    static RecordView view(long number, String[] values) {
        return new RecordView(PROFILE, new SubmissionRecord(number, number + 1, values));
    }
}
