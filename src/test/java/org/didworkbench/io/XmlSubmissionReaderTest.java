package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.profile.ProfileBinder;
import org.didworkbench.domain.rules.did.DidRuleKinds;
import org.didworkbench.io.profile.ProfileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading DID v1 XML: values, shared groups, lines, exact text, and the files it refuses. */
class XmlSubmissionReaderTest {
    static final String NS = "http://www.datadictionary.nhs.uk/data_dictionary/messages/DIDS-v1-0/";
    static final Profile v1 = load();

    @TempDir
    Path dir;

    private static Profile load() {
        try (InputStream in = XmlSubmissionReaderTest.class.getResourceAsStream("/org/didworkbench/profiles/did-v1.json")) {
            return ProfileFiles.bind("did-v1.json", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new ProfileBinder(DidRuleKinds.registry()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two DIDSRecords, the first with two activities; values chosen to show every binding. */
    static final String TWO_RECORDS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- synthetic -->
            <DIDS xmlns="http://www.datadictionary.nhs.uk/data_dictionary/messages/DIDS-v1-0/">
              <DIDSRecord>
                <PersonalAndDemographics>
                  <NHSNumber extension="9434765919"/>
                  <NHSNumberStatus code="01"/>
                  <PersonBirthDate>1950-03-14</PersonBirthDate>
                  <EthnicCategory code="A"/>
                  <PersonGenderCode code="2"/>
                  <Address><postalCode>LS1 4HR</postalCode></Address>
                  <GPCodeRegistration extension="B82005"/>
                </PersonalAndDemographics>
                <Referrals>
                  <PatientSourceSetting code="04"/>
                  <ReferrerCode extension="G1234567"/>
                  <ReferringOrgCode extension="B82005"/>
                  <DiagnosticTestReqDate>2026-09-01</DiagnosticTestReqDate>
                  <DiagnosticTestReqRecDate>2026-09-02</DiagnosticTestReqRecDate>
                </Referrals>
                <ImagingActivity>
                  <ImagingCodeNICIP code="XCHES"/>
                  <DiagnosticTestDate>2026-09-20</DiagnosticTestDate>
                  <ServiceReportIssueDate>2026-09-21</ServiceReportIssueDate>
                  <ImagingSiteCode extension="RR801"/>
                  <RadiologicalAccessionNumber extension="ACC&amp;0001"/>
                </ImagingActivity>
                <ImagingActivity>
                  <ImagingCodeNICIP code="XABDO"/>
                  <ImagingCodeSNOMEDCT code="990102001"/>
                  <DiagnosticTestDate>2026-09-20</DiagnosticTestDate>
                  <ImagingSiteCode extension="RR801"/>
                  <RadiologicalAccessionNumber extension="ACC0002"/>
                </ImagingActivity>
              </DIDSRecord>
              <DIDSRecord>
                <PersonalAndDemographics>
                  <NHSNumber extension="9732552476"/>
                </PersonalAndDemographics>
                <ImagingActivity>
                  <ImagingCodeNICIP code=" CCHES "/>
                  <DiagnosticTestDate>2026-09-22</DiagnosticTestDate>
                </ImagingActivity>
              </DIDSRecord>
            </DIDS>
            """;

    record Read(List<ParsedRecord> records, String preamble, String trailer, XmlSubmissionReader reader) {
        String text() {
            StringBuilder s = new StringBuilder(preamble);
            records.forEach(r -> s.append(r.raw()));
            return s.append(trailer).toString();
        }
    }

    Read read(String content) throws Exception {
        Path f = dir.resolve("f.xml");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return read(f);
    }

    static Read read(Path f) throws Exception {
        try (XmlSubmissionReader r = XmlSubmissionReader.open(f, v1)) {
            List<ParsedRecord> out = new ArrayList<>();
            ParsedRecord p;
            while ((p = r.next()) != null) {
                out.add(p);
            }
            return new Read(out, r.preamble(), r.trailer(), r);
        }
    }

    private static String value(ParsedRecord r, String item) {
        return r.record().raw(v1.indexOf(item));
    }

    @Test
    void eachImagingActivityIsARecordSharingItsPatientAndReferral() throws Exception {
        Read r = read(TWO_RECORDS);

        assertThat(r.records()).hasSize(3);
        ParsedRecord first = r.records().get(0);
        ParsedRecord second = r.records().get(1);
        assertThat(first.record().fieldCount()).isEqualTo(18);
        assertThat(value(first, "NHS_NUMBER")).isEqualTo("9434765919");
        assertThat(value(first, "POSTCODE")).isEqualTo("LS1 4HR");
        assertThat(value(first, "DIAGNOSTIC_TEST_REQUEST_DATE")).isEqualTo("2026-09-01");
        assertThat(value(first, "RADIOLOGICAL_ACCESSION_NUM")).isEqualTo("ACC&0001");
        assertThat(value(first, "IMAGING_CODE_SNOMED")).isEmpty();
        assertThat(value(second, "NHS_NUMBER")).isEqualTo("9434765919");
        assertThat(value(second, "REFERRER")).isEqualTo("G1234567");
        assertThat(value(second, "IMAGING_CODE_NICIP")).isEqualTo("XABDO");
        assertThat(value(second, "IMAGING_CODE_SNOMED")).isEqualTo("990102001");
        assertThat(value(second, "SERVICE_REPORT_DATE")).isEmpty();
        ParsedRecord third = r.records().get(2);
        assertThat(value(third, "NHS_NUMBER")).isEqualTo("9732552476");
        assertThat(value(third, "PATIENT_SOURCE_SETTING")).isEmpty();
        assertThat(value(third, "IMAGING_CODE_NICIP")).isEqualTo(" CCHES ");
    }

    @Test
    void eachRecordIsTracedToItsImagingActivityLine() throws Exception {
        Read r = read(TWO_RECORDS);

        assertThat(r.records()).extracting(p -> p.record().line()).containsExactly(21L, 28L, 40L);
        assertThat(r.records()).extracting(p -> p.record().number()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theTextIsSplitWithNoGapAndNoOverlap() throws Exception {
        Read r = read(TWO_RECORDS);

        assertThat(r.text()).isEqualTo(TWO_RECORDS);
        assertThat(r.preamble()).endsWith("\n  ").contains("<DIDS xmlns=");
        assertThat(r.records().get(0).raw()).startsWith("<DIDSRecord>").endsWith("    ");
        assertThat(r.records().get(1).raw()).startsWith("<ImagingActivity>").endsWith("</DIDSRecord>\n  ");
        assertThat(r.trailer()).isEqualTo("</DIDS>\n");
        assertThat(r.reader().dialect().lineEnding()).isEqualTo("\n");
        assertThat(r.reader().dialect().finalNewline()).isTrue();
    }

    @Test
    void theCommittedSampleReadsWhole() throws Exception {
        Path sample = Path.of("sample-data/did-v1-sample-2026-09.xml");
        Read r = read(sample);

        assertThat(r.records()).hasSize(239);
        assertThat(r.text()).isEqualTo(Files.readString(sample));
    }

    @Test
    void prefixesCrLfAndABomAreReadToo() throws Exception {
        String prefixed = TWO_RECORDS.replace("<DIDS xmlns=", "<d:DIDS xmlns:d=").replace("</DIDS>", "</d:DIDS>")
                .replaceAll("<(/?)([A-Z][A-Za-z]*|postalCode)", "<$1d:$2").replace("<d:DIDS xmlns:d", "<d:DIDS xmlns:d")
                .replace("\n", "\r\n");
        Path f = dir.resolve("p.xml");
        byte[] body = prefixed.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);

        Read r = read(f);

        assertThat(r.records()).hasSize(3);
        assertThat(value(r.records().get(1), "NHS_NUMBER")).isEqualTo("9434765919");
        assertThat(r.text()).isEqualTo(prefixed);
        assertThat(r.reader().dialect().bom()).isTrue();
        assertThat(r.reader().dialect().lineEnding()).isEqualTo("\r\n");
    }

    @Test
    void aRecordElementWithNoActivityIsOneRecordWithBlankActivityItems() throws Exception {
        Read r = read(TWO_RECORDS.replaceAll("(?s)<ImagingActivity>\\s*<ImagingCodeNICIP code=\" CCHES \"/>.*?"
                + "</ImagingActivity>\\s*", ""));

        assertThat(r.records()).hasSize(3);
        assertThat(value(r.records().get(2), "NHS_NUMBER")).isEqualTo("9732552476");
        assertThat(value(r.records().get(2), "DIAGNOSTIC_TEST_DATE")).isEmpty();
        assertThat(r.records().get(2).record().line()).isEqualTo(36);
    }

    @Test
    void filesItCannotReadAreRefusedWithTheLine() {
        assertThatThrownBy(() -> read(TWO_RECORDS.replace("DIDS-v1-0/", "DIDS-v2-0/")))
                .isInstanceOf(SubmissionFileException.class)
                .hasMessage("f.xml is XML with root 'DIDS' in namespace http://www.datadictionary.nhs.uk/"
                        + "data_dictionary/messages/DIDS-v2-0/; DID v1 (DIDS v1.0) XML has root DIDS in namespace "
                        + NS + ".");
        assertThatThrownBy(() -> read(TWO_RECORDS.replace("<ImagingSiteCode extension=\"RR801\"/>\n"
                + "      <RadiologicalAccessionNumber extension=\"ACC0002\"/>",
                "<ImagingSiteCode extension=\"RR801\">\n      <RadiologicalAccessionNumber extension=\"ACC0002\"/>")))
                .hasMessageStartingWith("f.xml is not well-formed XML at line 34: the end tag </ImagingActivity> does"
                        + " not close <ImagingSiteCode> (line 32)");
        assertThatThrownBy(() -> read(TWO_RECORDS.replace("<EthnicCategory code=\"A\"/>",
                "<EthnicCategory code=\"A\"/><EthnicCategory code=\"B\"/>")))
                .hasMessageStartingWith("f.xml is not well-formed XML at line 9: <EthnicCategory> is given twice in"
                        + " one DIDSRecord; each value may appear once");
        assertThatThrownBy(() -> read(TWO_RECORDS.replace("<!-- synthetic -->",
                "<!DOCTYPE DIDS SYSTEM \"http://example.invalid/dids.dtd\">")))
                .hasMessageContaining("has a DOCTYPE declaration");
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<DIDS xmlns=\"" + NS + "\">\n</DIDS>\n"))
                .hasMessage("f.xml has no records to check: its DIDS element holds no DIDSRecord.");
    }
}
