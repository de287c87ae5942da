package org.didworkbench.report;

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

/**
 * Finds Helvetica and Courier for drawing the report's pages on machines whose fonts PDFBox does not
 * know by name.
 *
 * <p>The report's PDF uses the standard Helvetica and Courier without embedding them, so whoever draws
 * it must find look-alikes. PDFBox 3.0 looks for Arial, Liberation and the old URW names
 * ({@code NimbusSanL-Bold}); current Linux systems may have only the renamed URW fonts
 * ({@code NimbusSans-Bold}, {@code NimbusMonoPS-Regular}), and then PDFBox draws every style with its
 * one built-in regular font: headings lose their bold and the checksum its fixed pitch. This mapper
 * asks for those names too, before giving in to the fallback. Every font listed has the metrics of
 * the one it stands for, so text keeps its widths.
 */
final class FontSubstitutes implements FontMapper {
    private static final Map<String, List<String>> MORE = Map.of(
            "Helvetica", List.of("NimbusSans-Regular", "Arimo", "FreeSans", "TeXGyreHeros-Regular"),
            "Helvetica-Bold", List.of("NimbusSans-Bold", "Arimo-Bold", "FreeSansBold", "TeXGyreHeros-Bold"),
            "Helvetica-Oblique", List.of("NimbusSans-Italic", "Arimo-Italic", "FreeSansOblique",
                    "TeXGyreHeros-Italic"),
            "Helvetica-BoldOblique", List.of("NimbusSans-BoldItalic", "Arimo-BoldItalic", "FreeSansBoldOblique",
                    "TeXGyreHeros-BoldItalic"),
            "Courier", List.of("NimbusMonoPS-Regular", "Cousine", "FreeMono", "TeXGyreCursor-Regular"),
            "Courier-Bold", List.of("NimbusMonoPS-Bold", "Cousine-Bold", "FreeMonoBold", "TeXGyreCursor-Bold"),
            "Courier-Oblique", List.of("NimbusMonoPS-Italic", "Cousine-Italic", "FreeMonoOblique",
                    "TeXGyreCursor-Italic"),
            "Courier-BoldOblique", List.of("NimbusMonoPS-BoldItalic", "Cousine-BoldItalic", "FreeMonoBoldOblique",
                    "TeXGyreCursor-BoldItalic"));

    private final FontMapper base;

    FontSubstitutes(FontMapper base) {
        this.base = base;
    }

    /**
     * Puts this mapper in front of PDFBox's own unless it is there already. The mapper is PDFBox's one
     * process-wide setting; this only adds names to look for, so any other PDFBox use gains too.
     */
    static synchronized void install() {
        FontMapper current = FontMappers.instance();
        if (!(current instanceof FontSubstitutes)) {
            FontMappers.set(new FontSubstitutes(current));
        }
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        FontMapping<FontBoxFont> found = base.getFontBoxFont(baseFont, descriptor);
        if (found != null && !found.isFallback()) {
            return found;
        }
        for (String other : MORE.getOrDefault(withoutSubsetTag(baseFont), List.of())) {
            FontMapping<FontBoxFont> alt = base.getFontBoxFont(other, null);
            if (alt != null && !alt.isFallback()) {
                return alt;
            }
        }
        return found;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return base.getTrueTypeFont(baseFont, descriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
        return base.getCIDFont(baseFont, descriptor, info);
    }

    /** "ABCDEF+Helvetica" is a subset of Helvetica. */
    private static String withoutSubsetTag(String name) {
        int plus = name == null ? -1 : name.indexOf('+');
        return plus == 6 ? name.substring(7) : name;
    }
}
