package org.didworkbench.cli;

/** The help text. */
final class Usage {
    private Usage() {
    }

    static final String TEXT = """
            DID Workbench: check an NHS Diagnostic Imaging Data Set (DID) submission before you send it.

            Usage:
              java -jar did-workbench.jar validate FILE [options]
              java -jar did-workbench.jar profiles [PROFILE.json ...]

            validate options:
              --submission-date YYYY-MM-DD  the day the file will reach NHS England (default: today);
                                            drives the cut-off rules DIDS049/055 and future-date rules DIDS051/066
              --reference DIR               folder of reference data (ods/, postcodes/, nicip/); without it the
                                            reference-data rules are reported as not checked
              --header yes|no|auto          whether the first row is a header of item names (default: auto)
              --issues OUT.csv              write every issue: record,line,field,rule,severity,value,message
              --summary OUT.json            write the summary figures (no patient data)
              --workspace FILE              keep the workspace (SQLite) at FILE instead of a temporary one
              --profile ID|FILE.json        the submission layout: did-v1, dids-v2 (provisional) or a
                                            profile file (default: detect from the header, the number
                                            of fields and the values; XML is read as DID v1 XML)
              --quiet                       print nothing on success

            profiles: lists the profiles with their status (built-in, provisional, file); with
            profile files named, checks each and reports its mistakes with their lines.

            Exit status: 0 the file would be accepted (warnings allowed), 1 it would be rejected,
            2 the check could not run (the reason is printed on stderr).
            """;
}
