package org.didworkbench.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.didworkbench.ui.help.HelpDocument.Bullet;
import org.didworkbench.ui.help.HelpDocument.Heading;
import org.didworkbench.ui.help.HelpDocument.Legend;
import org.didworkbench.ui.help.HelpDocument.Paragraph;
import org.didworkbench.ui.help.HelpDocument.Span;
import org.didworkbench.ui.help.HelpDocument.Style;
import org.didworkbench.ui.help.HelpDocument.Table;
import org.junit.jupiter.api.Test;

class HelpDocumentTest {

    @Test
    void theSmallFormatGivesHeadingsParagraphsBulletsTablesAndTheLegend() {
        HelpDocument doc = HelpDocument.parse("""
                # Title
                First line
                of a paragraph.

                ## Fix a value
                - Press `F2`, then **Enter**
                  to save.
                - Second
                @legend
                | `Ctrl+O` | Open a file |
                | `F1` | Help |
                """);

        assertThat(doc.blocks()).hasSize(7);
        assertThat(doc.blocks().get(0)).isEqualTo(new Heading(1, "Title", "title"));
        assertThat(doc.blocks().get(1)).isEqualTo(new Paragraph(List.of(new Span("First line of a paragraph.",
                Style.PLAIN))));
        assertThat(doc.blocks().get(2)).isEqualTo(new Heading(2, "Fix a value", "fix-a-value"));
        assertThat(doc.blocks().get(3)).isEqualTo(new Bullet(List.of(new Span("Press ", Style.PLAIN),
                new Span("F2", Style.KEY), new Span(", then ", Style.PLAIN), new Span("Enter", Style.BOLD),
                new Span(" to save.", Style.PLAIN))));
        assertThat(doc.blocks().get(5)).isInstanceOf(Legend.class);
        assertThat(((Table) doc.blocks().get(6)).rows()).hasSize(2)
                .first().satisfies(row -> assertThat(row).containsExactly(List.of(new Span("Ctrl+O", Style.KEY)),
                        List.of(new Span("Open a file", Style.PLAIN))));
    }

    @Test
    void anUnclosedMarkIsKeptAsText() {
        assertThat(HelpDocument.spans("a ** b ` c")).containsExactly(new Span("a ** b ` c", Style.PLAIN));
    }

    @Test
    void theBuiltInPageCoversWhatAFirstTimeUserNeeds() {
        HelpDocument doc = HelpDocument.builtIn();
        assertThat(doc.headings()).extracting(Heading::anchor).contains("open-a-file", "read-the-table",
                "fix-a-value", "fix-many-at-once", "undo-and-redo", "export-the-corrected-file", "the-quality-report",
                "settings", "keyboard-shortcuts");
        assertThat(doc.blocks()).hasAtLeastOneElementOfType(Legend.class);
        Table keys = (Table) doc.blocks().get(doc.blocks().size() - 1);
        assertThat(keys.rows()).extracting(r -> r.get(0).get(0).text())
                .contains("Ctrl+O", "Ctrl+E", "Ctrl+R", "Ctrl+Z", "Ctrl+F", "F8", "Ctrl+M", "Ctrl+,", "F1", "Shift+F1");
    }
}
