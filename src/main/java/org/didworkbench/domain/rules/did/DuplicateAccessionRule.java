package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.rules.did.DidV1Items.RADIOLOGICAL_ACCESSION_NUM;
import static org.didworkbench.domain.rules.did.DidV1Items.SITE_CODE_IMAGING;

import java.util.List;

import org.didworkbench.domain.rules.Finding;
import org.didworkbench.domain.rules.RecordView;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;
import org.didworkbench.domain.rules.UniquenessRule;

/**
 * DIDS071: the pair (accession number, site code) must be unique in the file. Values are compared
 * after trimming, exactly (the national pipeline compares the stripped strings).
 */
final class DuplicateAccessionRule implements UniquenessRule {

    @Override
    public String code() {
        return "DIDS071";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<String> fields() {
        return List.of("RADIOLOGICAL_ACCESSION_NUM", "SITE_CODE_IMAGING");
    }

    @Override
    public String description() {
        return "RADIOLOGICAL ACCESSION NUMBER must be unique within SITE CODE (OF IMAGING) in the file.";
    }

    @Override
    public RuleKind kind() {
        return RuleKind.STRUCTURE;
    }

    @Override
    public int[] keyItems() {
        return new int[] {RADIOLOGICAL_ACCESSION_NUM, SITE_CODE_IMAGING};
    }

    @Override
    public String key(RecordView r) {
        String acc = r.value(RADIOLOGICAL_ACCESSION_NUM);
        String site = r.value(SITE_CODE_IMAGING);
        if (acc == null || site == null) {
            return null;
        }
        return acc + '\u0000' + site;
    }

    @Override
    public Finding describe(RecordView r, int groupSize, long[] otherLines) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < otherLines.length; i++) {
            lines.append(i == 0 ? "" : ", ").append(otherLines[i]);
        }
        int others = groupSize - 1;
        String more = others > otherLines.length ? " and " + (others - otherLines.length) + " more" : "";
        String acc = r.shown(RADIOLOGICAL_ACCESSION_NUM);
        return new Finding(acc, "RADIOLOGICAL ACCESSION NUMBER '" + acc + "' at SITE CODE (OF IMAGING) '"
                + r.shown(SITE_CODE_IMAGING) + "' is used by " + groupSize + " records (also line"
                + (others == 1 ? " " : "s ") + lines + more
                + "); each examination needs its own accession number within a site.");
    }
}
