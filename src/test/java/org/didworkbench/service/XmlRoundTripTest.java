package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DID v1 XML sample end to end: opened (detected as DID v1 XML), validated like CSV, edited through
 * the session, and exported back to XML with only the edited values changed.
 */
class XmlRoundTripTest {
    private static final Path XML = Path.of("sample-data/did-v1-sample-2026-09.xml");

    @TempDir
    Path dir;

    private Session open(Workspaces w) throws ServiceException {
        return w.open(XML, dir.resolve("x.didw"));
    }

    @Test
    void theSampleIsReadAsDidV1XmlAndValidatedLikeCsv() throws Exception {
        Workspaces w = new Workspaces(dir);
        ImportResult r = w.importFile(XML, dir.resolve("r.didw"));

        assertThat(r.format()).isEqualTo(SubmissionFormat.XML);
        assertThat(r.profile().id()).isEqualTo("did-v1");
        assertThat(r.summary().records()).isEqualTo(239);
        assertThat(r.summary().byRule()).containsKeys("DIDS001", "DIDS002", "DIDS012", "DIDS067");
        try (Session s = w.sessions.open(dir.resolve("r.didw"))) {
            // A record of a second ImagingActivity shares the patient of the first, and is traced to its own line.
            String xml = Files.readString(XML);
            long second = secondActivity(s);
            RecordRow a = s.record(second - 1);
            RecordRow b = s.record(second);
            assertThat(b.values().subList(0, 12)).isEqualTo(a.values().subList(0, 12));
            assertThat(xml.lines().toList().get((int) b.line() - 1).strip()).isEqualTo("<ImagingActivity>");
            assertThat(b.line()).isGreaterThan(a.line());
        }
    }

    /** The number of the first record that is a second ImagingActivity of its DIDSRecord. */
    private static long secondActivity(Session s) {
        for (long n = 2; n <= 239; n++) {
            RecordRow r = s.record(n);
            RecordRow prev = s.record(n - 1);
            if (r.values().subList(0, 12).equals(prev.values().subList(0, 12))
                    && r.values().get(17).startsWith(prev.values().get(17).strip())) {
                return n;
            }
        }
        throw new AssertionError("the sample has no record element with two activities");
    }

    @Test
    void anUneditedWorkspaceExportsTheSameBytes() throws Exception {
        try (Session s = open(new Workspaces(dir))) {
            Path out = dir.resolve("same.xml");
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());

            assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(XML));
        }
    }

    @Test
    void editsAreExportedAsOnlyTheirValuesAndThenPass() throws Exception {
        Workspaces w = new Workspaces(dir);
        Path out = dir.resolve("corrected.xml");
        long ethnicRecord;
        long siteRecord;
        long second;
        String ethnicWas;
        String nicipWas;
        try (Session s = open(w)) {
            Profile p = s.profile();
            Issue ethnic = s.issuesOfRule("DIDS012", 1).get(0);
            Issue site = s.issuesOfRule("DIDS067", 1).get(0);
            ethnicRecord = ethnic.record();
            siteRecord = site.record();
            ethnicWas = ethnic.value();
            second = secondActivity(s);
            nicipWas = s.record(second).values().get(p.indexOf("IMAGING_CODE_NICIP"));
            s.setValue(ethnicRecord, p.indexOf("ETHNIC_CATEGORY"), "A", "case");
            s.setValue(siteRecord, p.indexOf("SITE_CODE_IMAGING"), "RZZ01", "site from the RIS");
            s.setValue(second, p.indexOf("IMAGING_CODE_NICIP"), "XKNEL", "second exam was a knee");
            s.exportCorrected(out, false, ProgressListener.NONE, new CancellationToken());
        }
        String before = Files.readString(XML);
        String after = Files.readString(out);
        // Exactly three changes: the ethnic code's attribute, the NICIP attribute of the second activity, and an
        // ImagingSiteCode element added where the blank site was, between the report date and the accession number.
        java.util.Map<String, Long> surplus = new java.util.HashMap<>();
        before.lines().forEach(l -> surplus.merge(l, 1L, Long::sum));
        after.lines().forEach(l -> surplus.merge(l, -1L, Long::sum));
        List<String> removed = surplus.entrySet().stream().filter(e -> e.getValue() > 0).map(java.util.Map.Entry::getKey)
                .toList();
        assertThat(removed).containsExactlyInAnyOrder("      <EthnicCategory code=\"" + ethnicWas + "\"/>",
                "      <ImagingCodeNICIP code=\"" + nicipWas + "\"/>");
        assertThat(after.lines().count()).isEqualTo(before.lines().count() + 1);
        assertThat(after).contains("      <EthnicCategory code=\"A\"/>", "      <ImagingCodeNICIP code=\"XKNEL\"/>")
                .containsPattern("</ServiceReportIssueDate>\n      <ImagingSiteCode extension=\"RZZ01\"/>\n"
                        + "      <RadiologicalAccessionNumber");
        // Reopened, the corrected file no longer has those errors.
        ImportResult again = w.importFile(out, dir.resolve("again.didw"));
        try (Session s = w.sessions.open(dir.resolve("again.didw"))) {
            assertThat(s.record(ethnicRecord).issues()).extracting(Issue::rule).doesNotContain("DIDS012");
            assertThat(s.record(siteRecord).issues()).extracting(Issue::rule).doesNotContain("DIDS067");
            assertThat(s.record(second).values().get(s.profile().indexOf("IMAGING_CODE_NICIP"))).isEqualTo("XKNEL");
        }
        assertThat(again.summary().errors()).isEqualTo(9 - 2);
    }

    @Test
    void aSharedValueChangedDifferentlyInTwoActivitiesIsRefusedOnExport() throws Exception {
        try (Session s = open(new Workspaces(dir))) {
            long second = secondActivity(s);
            int postcode = s.profile().indexOf("POSTCODE");
            s.setValue(second - 1, postcode, "LS2 9JT", "moved");
            s.setValue(second, postcode, "LS6 2AA", "moved elsewhere");

            assertThatThrownBy(() -> s.exportCorrected(dir.resolve("no.xml"), false, ProgressListener.NONE,
                    new CancellationToken())).isInstanceOf(ServiceException.class)
                    .hasMessage("The corrected file no.xml was not written: Records " + (second - 1) + " and " + second
                            + " come from one DIDSRecord and share its POSTCODE OF USUAL ADDRESS, but they were changed"
                            + " to different values; give them the same value and export again.");
            assertThat(dir.resolve("no.xml")).doesNotExist();
        }
    }
}
