package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.profile.ProfileBinder;
import org.didworkbench.domain.rules.did.DidRuleKinds;
import org.didworkbench.io.profile.ProfileFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which profile a file is written in, from its header, its number of fields, its values, or its XML root. */
class ProfileDetectorTest {
    private static List<Profile> profiles;
    private static final String V1_ROW = "9434765919,01,1950-03-14,A,2,LS1 4HR,B82005,04,G1234567,B82005,2026-09-01,"
            + "2026-09-02,2026-09-20,XCHES,,2026-09-21,RR801,ACC0001\n";
    private static final String V2_ROW = "9434765919,1950-03-14,A,2,LS1 4HR,P81001,03,C1234567,RZZ,1,01,2026-09-10,"
            + "2026-09-10,2026-09-11,XCHES,,2026-10-02T10:15:00+01:00,2026-10-02T10:25:00+01:00,"
            + "2026-10-02T14:05:00+01:00,RZZ01,RZZ01-0000001\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        ProfileBinder binder = new ProfileBinder(DidRuleKinds.registry());
        profiles = List.of(builtIn("did-v1.json", binder), builtIn("dids-v2.json", binder));
    }

    private static Profile builtIn(String name, ProfileBinder binder) throws Exception {
        try (InputStream in = ProfileDetectorTest.class.getResourceAsStream("/org/didworkbench/profiles/" + name)) {
            return ProfileFiles.bind(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), binder);
        }
    }

    private ProfileDetector.Detection detect(String content) throws Exception {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return ProfileDetector.detect(f, profiles);
    }

    @Test
    void aV1FileWithNoHeaderIsKnownByItsEighteenFields() throws Exception {
        ProfileDetector.Detection d = detect(V1_ROW.repeat(5));

        assertThat(d.profile().id()).isEqualTo("did-v1");
        assertThat(d.reason()).isEqualTo("its rows have 18 fields, as DID v1 (DIDS v1.0) has");
        assertThat(d.xml()).isFalse();
    }

    @Test
    void aV2FileWithNoHeaderIsKnownByItsTwentyOneFields() throws Exception {
        assertThat(detect(V2_ROW.repeat(5)).profile().id()).isEqualTo("dids-v2");
    }

    @Test
    void headerNamesWinOverTheFieldCount() throws Exception {
        String v2Header = "NHS NUMBER;PERSON BIRTH DATE;ethnic_category;PERSON_STATED_GENDER_CODE;POSTCODE;"
                + "GP_CODE;PATIENT SOURCE SETTING TYPE (DIAGNOSTIC IMAGING);REFERRER CODE;REFERRING ORGANISATION CODE;"
                + "SERVICE REQUEST PRIORITY TYPE;DIAGNOSTIC IMAGING ACTIVITY CATEGORY;CLOCK_START_DATE;"
                + "DIAGNOSTIC TEST REQUEST DATE;DIAGNOSTIC TEST REQUEST RECEIVED DATE;IMAGING CODE (NICIP);"
                + "IMAGING CODE (SNOMED-CT);CODED PROCEDURE START TIMESTAMP;CODED PROCEDURE END TIMESTAMP;"
                + "SERVICE REPORT ISSUE TIMESTAMP;SITE CODE (OF IMAGING);RADIOLOGICAL ACCESSION NUMBER\n";

        ProfileDetector.Detection d = detect(v2Header + V2_ROW.replace(',', ';'));

        assertThat(d.profile().id()).isEqualTo("dids-v2");
        assertThat(d.reason()).isEqualTo("its header row names the items of DIDS v2.0 (provisional)");
        assertThat(detect("NHS_NUMBER,NHS_NUMBER_STATUS,DATE_OF_BIRTH,ETHNIC_CATEGORY_CODE,GENDER_CODE,POSTCODE,GP_CODE,"
                + "PATIENT_SOURCE_SETTING,REFERRER_CODE,REFERRER_ORGANISATION_CODE,DIAGNOSTIC_TEST_REQUEST_DATE,"
                + "DIAGNOSTIC_TEST_REQUEST_RECEIVED_DATE,DIAGNOSTIC_TEST_DATE,IMAGING_CODE_NICIP,IMAGING_CODE_SNOMED_CT,"
                + "SERVICE_REPORT_ISSUE_DATE,PROVIDER_SITE_CODE,RADIOLOGICAL_ACCESSION_NUMBER\n" + V1_ROW)
                .profile().id()).isEqualTo("did-v1");
    }

    @Test
    void aFieldCountNoProfileHasFallsBackToTheClosest() throws Exception {
        String nineteen = V1_ROW.replace("\n", ",\n");

        ProfileDetector.Detection d = detect(nineteen.repeat(3));

        assertThat(d.profile().id()).isEqualTo("did-v1");
        assertThat(d.reason()).isEqualTo("its rows mostly have 19 fields, and no profile has that many;"
                + " DID v1 (DIDS v1.0) (18 fields) is the closest");
    }

    @Test
    void whenTwoProfilesHaveTheFieldCountTheValuesDecide() throws Exception {
        // A v2-like layout cut to 18 fields competes with DID v1: dates and codes where DID v1 has them win.
        Profile other = new Profile("other", "Other", true, profiles.get(1).items().subList(0, 18), List.of(),
                List.of(), "X");
        Path f = dir.resolve("g.csv");
        Files.writeString(f, V1_ROW.repeat(5));

        ProfileDetector.Detection d = ProfileDetector.detect(f, List.of(other, profiles.get(0)));

        assertThat(d.profile().id()).isEqualTo("did-v1");
        assertThat(d.reason()).startsWith("its rows have 18 fields and their values fit DID v1 (DIDS v1.0) best");
    }

    @Test
    void xmlIsKnownByItsRootAndNamespace() throws Exception {
        Path f = dir.resolve("f.xml");
        Files.writeString(f, "\uFEFF<?xml version=\"1.0\"?>\n<DIDS xmlns=\"http://www.datadictionary.nhs.uk/"
                + "data_dictionary/messages/DIDS-v1-0/\"><DIDSRecord/></DIDS>");

        ProfileDetector.Detection d = ProfileDetector.detect(f, profiles);

        assertThat(d.profile().id()).isEqualTo("did-v1");
        assertThat(d.xml()).isTrue();
        assertThat(ProfileDetector.isXml(f)).isTrue();
    }

    @Test
    void xmlNoProfileReadsIsRefusedWithWhatCanBeRead() throws IOException {
        Path f = dir.resolve("other.xml");
        Files.writeString(f, "<Submission xmlns=\"urn:example\"/>");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileDetector.detect(f, profiles))
                .isInstanceOf(SubmissionFileException.class)
                .hasMessage("other.xml is XML with root 'Submission' in namespace urn:example, which no profile reads;"
                        + " XML is read for DID v1 (DIDS v1.0) (root DIDS, namespace"
                        + " http://www.datadictionary.nhs.uk/data_dictionary/messages/DIDS-v1-0/).");
    }
}
