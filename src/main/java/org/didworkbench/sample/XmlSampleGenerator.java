package org.didworkbench.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a DID v1 submission as XML (did-reference.md §2.3): the first records of the realistic CSV
 * sample, one {@code DIDSRecord} each, in the DIDS v1.0 namespace, values of identifier items in
 * {@code extension} attributes, coded items in {@code code} attributes, dates and the postcode as
 * element text, and an element left out when its value is blank. Every 9th record element also holds a
 * second {@code ImagingActivity}, and every 23rd a second and a third: further plain X-rays of the same
 * referral on the same day, at the same site, with their own accession numbers (the CSV record's number
 * and "-2" or "-3"). Rows of the CSV sample that do not have 18 fields are left out, as XML cannot hold
 * them. Two-space indentation, LF line ends, UTF-8 with a declaration. Deterministic.
 */
public final class XmlSampleGenerator {
    /** The DIDS v1.0 namespace. */
    public static final String NAMESPACE = "http://www.datadictionary.nhs.uk/data_dictionary/messages/DIDS-v1-0/";
    private static final String[] EXTRA_CODES = {"XABDO", "XPELV", "XLSPI"};

    private XmlSampleGenerator() {
    }

    /** What was written. */
    public record Summary(int recordElements, int activities, int skippedRows) {
    }

    /** Writes the XML sample of the first {@code rows} rows of the realistic CSV sample. */
    public static Summary write(GeneratorOptions options, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8))) {
            return write(options, w);
        }
    }

    /** Writes the XML to a writer, which is flushed but not closed. */
    public static Summary write(GeneratorOptions options, Writer out) throws IOException {
        StringWriter csv = new StringWriter();
        SampleGenerator.write(options.withHeader(false), csv);
        List<String[]> rows = new ArrayList<>();
        int skipped = 0;
        for (String line : csv.toString().split("\n")) {
            String[] f = line.split(",", -1);
            if (f.length == 18) {
                rows.add(f);
            } else {
                skipped++;
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!-- Synthetic DID v1 submission: no real patients. See sample-data/README.md. -->\n");
        out.write("<DIDS xmlns=\"" + NAMESPACE + "\">\n");
        int activities = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            int extra = i % 23 == 11 ? 2 : i % 9 == 4 ? 1 : 0;
            out.write("  <DIDSRecord>\n");
            out.write("    <PersonalAndDemographics>\n");
            attribute(out, 6, "NHSNumber", "extension", f[0]);
            attribute(out, 6, "NHSNumberStatus", "code", f[1]);
            text(out, 6, "PersonBirthDate", f[2]);
            attribute(out, 6, "EthnicCategory", "code", f[3]);
            attribute(out, 6, "PersonGenderCode", "code", f[4]);
            if (!f[5].isEmpty()) {
                out.write("      <Address>\n");
                text(out, 8, "postalCode", f[5]);
                out.write("      </Address>\n");
            }
            attribute(out, 6, "GPCodeRegistration", "extension", f[6]);
            out.write("    </PersonalAndDemographics>\n");
            out.write("    <Referrals>\n");
            attribute(out, 6, "PatientSourceSetting", "code", f[7]);
            attribute(out, 6, "ReferrerCode", "extension", f[8]);
            attribute(out, 6, "ReferringOrgCode", "extension", f[9]);
            text(out, 6, "DiagnosticTestReqDate", f[10]);
            text(out, 6, "DiagnosticTestReqRecDate", f[11]);
            out.write("    </Referrals>\n");
            activity(out, f[13], f[14], f[12], f[15], f[16], f[17]);
            for (int k = 0; k < extra; k++) {
                activity(out, EXTRA_CODES[(i + k) % EXTRA_CODES.length], "", f[12], f[15], f[16],
                        f[17].strip() + "-" + (k + 2));
            }
            activities += 1 + extra;
            out.write("  </DIDSRecord>\n");
        }
        out.write("</DIDS>\n");
        out.flush();
        return new Summary(rows.size(), activities, skipped);
    }

    private static void activity(Writer out, String nicip, String snomed, String test, String report, String site,
                                 String accession) throws IOException {
        out.write("    <ImagingActivity>\n");
        attribute(out, 6, "ImagingCodeNICIP", "code", nicip);
        attribute(out, 6, "ImagingCodeSNOMEDCT", "code", snomed);
        text(out, 6, "DiagnosticTestDate", test);
        text(out, 6, "ServiceReportIssueDate", report);
        attribute(out, 6, "ImagingSiteCode", "extension", site);
        attribute(out, 6, "RadiologicalAccessionNumber", "extension", accession);
        out.write("    </ImagingActivity>\n");
    }

    private static void attribute(Writer out, int indent, String element, String attribute, String value)
            throws IOException {
        if (!value.isEmpty()) {
            out.write(" ".repeat(indent) + "<" + element + " " + attribute + "=\"" + escape(value) + "\"/>\n");
        }
    }

    private static void text(Writer out, int indent, String element, String value) throws IOException {
        if (!value.isEmpty()) {
            out.write(" ".repeat(indent) + "<" + element + ">" + escape(value) + "</" + element + ">\n");
        }
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
