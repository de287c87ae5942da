package org.didworkbench.domain.rules.did;

import java.util.LinkedHashMap;
import java.util.Map;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;

/** Builds synthetic DID v1 records: a valid base record with some items replaced. */
final class ReferenceRuleRecords {
    private static final Map<String, String> BASE = new LinkedHashMap<>();

    static {
        BASE.put("NHS_NUMBER", "9434765919");
        BASE.put("NHS_NUMBER_STATUS_IND", "01");
        BASE.put("PERSON_BIRTH_DATE", "1950-03-14");
        BASE.put("ETHNIC_CATEGORY", "A");
        BASE.put("PERSON_GENDER_CODE", "2");
        BASE.put("POSTCODE", "LS1 4HR");
        BASE.put("PRACTICE_CODE", "P81001");
        BASE.put("PATIENT_SOURCE_SETTING", "04");
        BASE.put("REFERRER", "G1234567");
        BASE.put("REFERRING_ORG_CODE", "P81001");
        BASE.put("DIAGNOSTIC_TEST_REQUEST_DATE", "2026-09-01");
        BASE.put("DIAG_TEST_REQUEST_REC_DATE", "2026-09-02");
        BASE.put("DIAGNOSTIC_TEST_DATE", "2026-09-20");
        BASE.put("IMAGING_CODE_NICIP", "CCHES");
        BASE.put("IMAGING_CODE_SNOMED", "169069000");
        BASE.put("SERVICE_REPORT_DATE", "2026-09-21");
        BASE.put("SITE_CODE_IMAGING", "RZZ01");
        BASE.put("RADIOLOGICAL_ACCESSION_NUM", "ACC0001");
    }

    private ReferenceRuleRecords() {
    }

    /**
     * The base record with overrides applied.
     *
     * @param overrides {@code ITEM=value;ITEM=value}; an empty value makes the item blank; null or
     *                  empty for the base record
     */
    static SubmissionRecord record(Profile profile, String overrides) {
        String[] values = new String[profile.itemCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = BASE.get(profile.items().get(i).name());
        }
        if (overrides != null && !overrides.isBlank()) {
            for (String pair : overrides.split(";")) {
                int eq = pair.indexOf('=');
                values[profile.indexOf(pair.substring(0, eq).strip())] = pair.substring(eq + 1);
            }
        }
        return new SubmissionRecord(1, 1, values);
    }
}
