package org.didworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.junit.jupiter.api.Test;

/** Helvetica and Courier are found under the renamed URW names when PDFBox's own list finds nothing. */
class FontSubstitutesTest {
    private static final FontMapping<FontBoxFont> FALLBACK = new FontMapping<>(null, true);

    /** A machine with only the fonts named, each found by its PostScript name. */
    static final class Machine implements FontMapper {
        final Map<String, FontMapping<FontBoxFont>> fonts;
        final List<String> asked = new ArrayList<>();

        Machine(Map<String, FontMapping<FontBoxFont>> fonts) {
            this.fonts = fonts;
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            asked.add(baseFont);
            return fonts.getOrDefault(baseFont, FALLBACK);
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return null;
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
            return null;
        }
    }

    @Test
    void boldHelveticaAndCourierComeFromTheRenamedUrwFonts() {
        FontMapping<FontBoxFont> bold = new FontMapping<>(null, false);
        FontMapping<FontBoxFont> mono = new FontMapping<>(null, false);
        Machine machine = new Machine(Map.of("NimbusSans-Bold", bold, "NimbusMonoPS-Regular", mono));
        FontSubstitutes mapper = new FontSubstitutes(machine);

        assertThat(mapper.getFontBoxFont("Helvetica-Bold", null)).isSameAs(bold);
        assertThat(mapper.getFontBoxFont("ABCDEF+Courier", null)).isSameAs(mono);
        assertThat(machine.asked).containsSubsequence("Helvetica-Bold", "NimbusSans-Bold", "ABCDEF+Courier",
                "NimbusMonoPS-Regular");
    }

    @Test
    void whatPdfBoxFindsItselfIsKeptAndNothingFoundStaysTheFallback() {
        FontMapping<FontBoxFont> arial = new FontMapping<>(null, false);
        Machine machine = new Machine(Map.of("Helvetica-Bold", arial));
        FontSubstitutes mapper = new FontSubstitutes(machine);

        assertThat(mapper.getFontBoxFont("Helvetica-Bold", null)).isSameAs(arial);
        assertThat(machine.asked).containsExactly("Helvetica-Bold");
        assertThat(mapper.getFontBoxFont("Courier-Bold", null)).isSameAs(FALLBACK);
        assertThat(mapper.getFontBoxFont("Symbol", null)).isSameAs(FALLBACK); // not one the report uses
    }

    @Test
    void installingTwiceWrapsOnce() {
        FontSubstitutes.install();
        FontMapper first = FontMappers.instance();
        FontSubstitutes.install();
        assertThat(FontMappers.instance()).isSameAs(first).isInstanceOf(FontSubstitutes.class);
    }
}
