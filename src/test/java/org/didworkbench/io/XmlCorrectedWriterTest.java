package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing XML back: untouched text stays byte for byte; an edit changes only its value's characters. */
class XmlCorrectedWriterTest {
    @TempDir
    Path dir;

    /** Reads {@code content}, applies edits (record number → item → value), writes it back. */
    private String roundTrip(String content, Map<Long, Map<String, String>> edits) throws Exception {
        Path f = dir.resolve("in.xml");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        XmlSubmissionReaderTest.Read r = XmlSubmissionReaderTest.read(f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlCorrectedWriter w = new XmlCorrectedWriter(XmlSubmissionReaderTest.v1, StandardCharsets.UTF_8, false, bytes);
        w.preamble(r.preamble());
        for (ParsedRecord p : r.records()) {
            Map<String, String> change = edits.get(p.record().number());
            String[] current = null;
            if (change != null) {
                current = p.record().values().clone();
                for (Map.Entry<String, String> e : change.entrySet()) {
                    current[XmlSubmissionReaderTest.v1.indexOf(e.getKey())] = e.getValue();
                }
            }
            w.record(p.record().number(), p.record().line(), p.raw(), current);
        }
        w.trailer(r.trailer());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final String IN = XmlSubmissionReaderTest.TWO_RECORDS;

    @Test
    void withNoEditsTheFileComesBackByteForByte() throws Exception {
        assertThat(roundTrip(IN, Map.of())).isEqualTo(IN);
        Path sample = Path.of("sample-data/did-v1-sample-2026-09.xml");
        assertThat(roundTrip(Files.readString(sample), Map.of())).isEqualTo(Files.readString(sample));
    }

    @Test
    void anEditedRecordWithUnchangedValuesComesBackAsItWas() throws Exception {
        assertThat(roundTrip(IN, Map.of(2L, Map.of()))).isEqualTo(IN);
    }

    @Test
    void anEditChangesOnlyTheAttributeValue() throws Exception {
        String out = roundTrip(IN, Map.of(2L, Map.of("IMAGING_CODE_NICIP", "XPELV")));

        assertThat(out).isEqualTo(IN.replace("<ImagingCodeNICIP code=\"XABDO\"/>", "<ImagingCodeNICIP code=\"XPELV\"/>"));
    }

    @Test
    void textValuesAreEscapedAndElementTextIsReplacedInPlace() throws Exception {
        String out = roundTrip(IN, Map.of(1L, Map.of("DIAGNOSTIC_TEST_DATE", "2026-09-19",
                "RADIOLOGICAL_ACCESSION_NUM", "A\"<&>'1")));

        assertThat(out).isEqualTo(IN.replace("<DiagnosticTestDate>2026-09-20</DiagnosticTestDate>\n"
                        + "      <ServiceReportIssueDate>2026-09-21",
                "<DiagnosticTestDate>2026-09-19</DiagnosticTestDate>\n      <ServiceReportIssueDate>2026-09-21")
                .replace("extension=\"ACC&amp;0001\"", "extension=\"A&quot;&lt;&amp;>'1\""));
        // and it reads back as written
        Path f = dir.resolve("back.xml");
        Files.writeString(f, out);
        assertThat(XmlSubmissionReaderTest.read(f).records().get(0).record()
                .raw(XmlSubmissionReaderTest.v1.indexOf("RADIOLOGICAL_ACCESSION_NUM"))).isEqualTo("A\"<&>'1");
    }

    @Test
    void aValueThatWasAbsentIsAddedInSequenceWithItsNeighboursIndentation() throws Exception {
        String out = roundTrip(IN, Map.of(1L, Map.of("IMAGING_CODE_SNOMED", "169069000"),
                3L, Map.of("PATIENT_SOURCE_SETTING", "05", "POSTCODE", "LS1 4HR")));

        assertThat(out).isEqualTo(IN
                .replace("      <ImagingCodeNICIP code=\"XCHES\"/>\n",
                        "      <ImagingCodeNICIP code=\"XCHES\"/>\n      <ImagingCodeSNOMEDCT code=\"169069000\"/>\n")
                .replace("      <NHSNumber extension=\"9732552476\"/>\n    </PersonalAndDemographics>\n",
                        "      <NHSNumber extension=\"9732552476\"/>\n      <Address>\n        <postalCode>LS1 4HR</postalCode>"
                                + "\n      </Address>\n    </PersonalAndDemographics>\n    <Referrals>\n"
                                + "      <PatientSourceSetting code=\"05\"/>\n    </Referrals>\n"));
    }

    @Test
    void aSharedValueChangedInAnyRecordOfItsElementIsWrittenOnce() throws Exception {
        String out = roundTrip(IN, Map.of(2L, Map.of("NHS_NUMBER", "9732552476")));

        assertThat(out).isEqualTo(IN.replaceFirst("<NHSNumber extension=\"9434765919\"/>",
                "<NHSNumber extension=\"9732552476\"/>"));
    }

    @Test
    void recordsOfOneElementChangedToDifferentSharedValuesStopTheExport() {
        Map<Long, Map<String, String>> edits = new HashMap<>();
        edits.put(1L, Map.of("POSTCODE", "LS2 9JT"));
        edits.put(2L, Map.of("POSTCODE", "LS6 2AA"));

        assertThatThrownBy(() -> roundTrip(IN, edits)).isInstanceOf(XmlCorrectedWriter.ConflictException.class)
                .hasMessage("Records 1 and 2 come from one DIDSRecord (line 21) and share its POSTCODE OF USUAL ADDRESS,"
                        + " but they were changed to different values; give them the same value and export again.");
    }

    @Test
    void selfClosingTextElementsAndBlankingAValue() throws Exception {
        String in = IN.replace("<ServiceReportIssueDate>2026-09-21</ServiceReportIssueDate>", "<ServiceReportIssueDate/>");

        String out = roundTrip(in, Map.of(1L, Map.of("SERVICE_REPORT_DATE", "2026-09-22", "REFERRER", "")));

        assertThat(out).isEqualTo(in.replace("<ServiceReportIssueDate/>",
                "<ServiceReportIssueDate>2026-09-22</ServiceReportIssueDate>")
                .replace("<ReferrerCode extension=\"G1234567\"/>", "<ReferrerCode extension=\"\"/>"));
        assertThat(List.of(out.split("\n"))).hasSize(in.split("\n").length);
    }
}
