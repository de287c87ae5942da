package org.didworkbench.cli;

/** The help text. */
final class Usage {
    private Usage() {
    }

    static final String TEXT = """
            DID Workbench: check an NHS Diagnostic Imaging Data Set (DID) submission before you send it.

            Usage:
              java -jar did-workbench.jar validate FILE [options]

            validate options:
              --submission-date YYYY-MM-DD  the day the file will reach NHS England (default: today);
                                            drives the cut-off rules DIDS049/055 and future-date rules DIDS051/066
              --reference DIR               folder of reference data (ods/, postcodes/, nicip/); without it the
                                            reference-data rules are reported as not checked
              --header yes|no|auto          whether the first row is a header of item names (default: auto)
              --issues OUT.csv              write every issue: record,line,field,rule,severity,value,message
              --summary OUT.json            write the summary figures (no patient data)
              --workspace FILE              keep the workspace (SQLite) at FILE instead of a temporary one
              --profile did-v1              the submission layout (default: detect)
              --quiet                       print nothing on success

            Exit status: 0 the file would be accepted (warnings allowed), 1 it would be rejected,
            2 the check could not run (the reason is printed on stderr).
            """;
}
