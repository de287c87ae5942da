package org.didworkbench.cli;

/** The help text. */
final class Usage {
    private Usage() {
    }

    static final String TEXT = """
            DID Workbench: check an NHS Diagnostic Imaging Data Set (DID) submission before you send it.

            Usage:
              java -jar did-workbench.jar validate FILE [options]
              java -jar did-workbench.jar export WORKSPACE --out FILE [--force] [--quiet] [--no-history]
              java -jar did-workbench.jar export-log WORKSPACE --out FILE.csv [--quiet]
              java -jar did-workbench.jar report WORKSPACE --out FILE.pdf|FILE.html [--appendix]
              java -jar did-workbench.jar fix WORKSPACE --rule CODE [--apply] [--date-order dmy|mdy]
              java -jar did-workbench.jar profiles [PROFILE.json ...] | --print ID
              java -jar did-workbench.jar history [--compare FILE|WORKSPACE [options]] [--forget SHA|all]

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
              --report OUT.pdf|OUT.html     write the quality summary report (no patient identifiers)
              --appendix                    add an appendix listing every issue to the report
                                            (NHS numbers, birth dates and postcodes masked)
              --quiet                       print nothing on success
              --no-history                  do not remember the file in the submission library

            report: the quality summary of a kept workspace (validate --workspace FILE), with any
            corrections made in it, as PDF (A4, for printing) or HTML by the --out file's extension.
              --out FILE.pdf|FILE.html      where to write it (required)
              --appendix                    add every issue, identifiers masked
              --quiet                       print nothing on success

            Exit status of report: 0 the report was written, 2 it could not be (the reason is on stderr).

            export: writes the corrected submission from a workspace (made by validate --workspace or the
            window): records nobody edited byte for byte as they came in, edited records in the file's own
            encoding, delimiter and line endings (DID v1 XML back as XML, only the edited values changed).
            The file is written whole or not at all. It never replaces the original submission unless
            --force is given. The corrected file is remembered in the submission library (--no-history: not).

            export-log: writes every change made in a workspace as CSV:
              action,time,user,kind,reason,state,record,line,item,old_value,new_value

            fix: lists the safe corrections of every issue of one rule (record, line, item, before -> after,
            and how many), or with --apply makes them as one change, logged with the rule and fix as its
            reason (undo it in the window like any other change). Rules with fixes: DIDS003 and DIDS021
            (leading zero), DIDS012 (capitals), DIDS014 (M/F/U to 1/2/0), DIDS017 (postcode spacing and
            case), DIDS005/026/036/045/061 (dates dd/mm/yyyy, dd-mm-yyyy, yyyymmdd to CCYY-MM-DD).
              --rule CODE                   the rule whose issues to fix (required)
              --apply                       make the changes (without it nothing is changed)
              --date-order dmy|mdy          how to read a date such as 03/04/2026 that reads two ways;
                                            without it such dates are counted as ambiguous and left
            Exit status of fix: 0 listed or applied, 2 could not run (the reason is on stderr).

            profiles: lists the profiles with their status (built-in, provisional, file); with
            profile files named, checks each and reports its mistakes with their lines; with
            --print ID, writes that built-in profile file, to copy and adapt (docs/profiles.md).

            history: the submission library remembers every file validated (unless --no-history), opened in
            the window or exported corrected, by its summary figures only (no records, NHS numbers, birth
            dates or postcodes). Without options, lists the remembered months: month, file, profile, records,
            verdict, errors, warnings, when remembered, SHA-256. docs/history.md says where the library is.
              --compare FILE|WORKSPACE      set a submission beside the earlier months of the same provider:
                                            volume by modality, site and patient source, completeness per
                                            item, median waits, with the big shifts in words. A file not yet
                                            remembered is checked first (and remembered unless --no-history),
                                            with --submission-date, --reference, --header and --profile as
                                            for validate; a workspace is compared as it stands
              --forget SHA|all              forget the file whose SHA-256 starts with SHA (6 or more digits,
                                            as listed), or every remembered file
            Exit status of history: 0 listed, compared (shifts or not, or nothing to compare with) or
            forgotten; 2 could not run (the reason is on stderr).

            Exit status of export and export-log: 0 written, 2 not written (the reason is on stderr).
            Exit status of profiles: 0, or 2 when a named profile file has mistakes.
            Exit status of validate: 0 the file would be accepted (warnings allowed), 1 it would be rejected,
            2 the check could not run (the reason is printed on stderr).
            """;
}
