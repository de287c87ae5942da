package org.didworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.domain.dataset.HeaderMode;
import org.didworkbench.domain.outliers.OutlierSettings;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.didworkbench.store.Workspace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DID v1 gives exactly the same issues from the built-in profile file (what the application uses) as from
 * the profile built in code ({@link DidV1Profile#create()}, what the rule tests test): every issue of both
 * sample files, with the reference data, compared whole (record, line, code, severity, items, value and
 * message) and in order, the file rule DIDS071 and the workbench findings included.
 */
class DidV1ProfileEquivalenceTest {
    private static final Path REFERENCE = Path.of("sample-data/reference");
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 10, 15);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sample-data/did-v1-sample-2026-09.csv", "sample-data/did-v1-clean-2026-09.csv"})
    void theProfileFileGivesTheIssuesOfTheCodedProfile(String sample) throws Exception {
        List<String> fromCode = issues(new ProfileCatalogue(List.of(DidV1Profile.create())), Path.of(sample), "code");
        List<String> fromFile = issues(ProfileCatalogue.builtIn(), Path.of(sample), "file");

        assertThat(fromFile).containsExactlyElementsOf(fromCode);
        // The realistic sample has a national issue of nearly every kind; the clean one only workbench findings.
        if (sample.endsWith("did-v1-sample-2026-09.csv")) {
            assertThat(fromCode).filteredOn(s -> s.contains("| DIDS")).hasSizeGreaterThan(100);
        } else {
            assertThat(fromCode).noneMatch(s -> s.contains("| DIDS"));
        }
    }

    private List<String> issues(ProfileCatalogue catalogue, Path sample, String name) throws ServiceException {
        ImportService imports = new ImportService(catalogue, new ReferenceService(),
                new WorkbenchChecks(OutlierSettings.defaults()));
        Path ws = dir.resolve(name + ".didw");
        imports.importSubmission(new ImportRequest(sample, ws, HeaderMode.AUTO, SUBMITTED, REFERENCE, "did-v1"),
                ProgressListener.NONE, new CancellationToken());
        List<String> out = new ArrayList<>();
        try (Workspace w = Workspace.open(ws)) {
            w.forEachIssue(i -> out.add(line(i)));
        }
        return out;
    }

    private static String line(Issue i) {
        return i.record() + " | " + i.line() + " | " + i.rule() + " | " + i.severity() + " | " + i.fieldList() + " | "
                + i.value() + " | " + i.message();
    }
}
