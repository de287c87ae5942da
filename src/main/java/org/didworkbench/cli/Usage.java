package org.didworkbench.cli;

/** The help text. */
final class Usage {
    private Usage() {
    }

    static final String TEXT = """
            DID Workbench: check an NHS Diagnostic Imaging Data Set (DID) submission before you send it.

            Usage:
              java -jar did-workbench.jar validate FILE [options]
              java -jar did-workbench.jar export WORKSPACE --out FILE [--force] [--quiet]
              java -jar did-workbench.jar export-log WORKSPACE --out FILE.csv [--quiet]

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

            export: writes the corrected submission from a workspace (made by validate --workspace or the
            window): records nobody edited byte for byte as they came in, edited records in the file's own
            encoding, delimiter and line endings. The file is written whole or not at all. It never replaces
            the original submission unless --force is given.

            export-log: writes every change made in a workspace as CSV:
              action,time,user,kind,reason,state,record,line,item,old_value,new_value

            Exit status of export and export-log: 0 written, 2 not written (the reason is on stderr).
            Exit status of validate: 0 the file would be accepted (warnings allowed), 1 it would be rejected,
            2 the check could not run (the reason is printed on stderr).
            """;
}
