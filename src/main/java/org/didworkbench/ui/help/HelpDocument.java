package org.didworkbench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The in-app help page as blocks, read from a small text format so the words can be edited without
 * touching the view: {@code # } and {@code ## } headings, {@code - } bullets, {@code | a | b |} table
 * rows, {@code @legend} for the table's colours and markers, blank lines between paragraphs; within
 * text, {@code **bold**} and {@code `keys`}. No HTML and no WebView (javafx-web is not a dependency).
 */
public record HelpDocument(List<Block> blocks) {
    /** The help page inside the application. */
    public static final String RESOURCE = "/org/didworkbench/ui/help/using-did-workbench.txt";

    public HelpDocument {
        blocks = List.copyOf(blocks);
    }

    /** A piece of text: plain, bold, or a key or command (shown in a box). */
    public record Span(String text, Style style) {
    }

    public enum Style { PLAIN, BOLD, KEY }

    /** One block of the page. */
    public sealed interface Block permits Heading, Paragraph, Bullet, Table, Legend {
    }

    /** A heading; {@code anchor} is its text in lower case with dashes, for jumping to it. */
    public record Heading(int level, String text, String anchor) implements Block {
    }

    public record Paragraph(List<Span> spans) implements Block {
    }

    public record Bullet(List<Span> spans) implements Block {
    }

    /** Rows of cells, each cell its spans. */
    public record Table(List<List<List<Span>>> rows) implements Block {
    }

    /** The legend of the table's colours and markers, drawn with the real styles. */
    public record Legend() implements Block {
    }

    /** The built-in help page. */
    public static HelpDocument builtIn() {
        try (InputStream in = HelpDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the help page " + RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the help page cannot be read", e);
        }
    }

    /** Reads the format described above. */
    public static HelpDocument parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        StringBuilder bullet = null;
        List<List<List<Span>>> table = new ArrayList<>();
        for (String raw : text.split("\r?\n", -1)) {
            String line = raw.strip();
            boolean continuation = !line.isEmpty() && !line.startsWith("#") && !line.startsWith("- ")
                    && !line.startsWith("|") && !line.equals("@legend") && raw.startsWith("  ");
            if (continuation && bullet != null) {
                bullet.append(' ').append(line);
                continue;
            }
            if (bullet != null) {
                blocks.add(new Bullet(spans(bullet.toString())));
                bullet = null;
            }
            if (!line.startsWith("|") && !table.isEmpty()) {
                blocks.add(new Table(table));
                table = new ArrayList<>();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || line.startsWith("|")
                    || line.equals("@legend")) {
                if (para.length() > 0) {
                    blocks.add(new Paragraph(spans(para.toString())));
                    para.setLength(0);
                }
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                blocks.add(heading(2, line.substring(3)));
            } else if (line.startsWith("# ")) {
                blocks.add(heading(1, line.substring(2)));
            } else if (line.startsWith("- ")) {
                bullet = new StringBuilder(line.substring(2).strip());
            } else if (line.startsWith("|")) {
                List<List<Span>> row = new ArrayList<>();
                String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1
                        : line.length());
                for (String cell : inner.split("\\|")) {
                    row.add(spans(cell.strip()));
                }
                table.add(row);
            } else if (line.equals("@legend")) {
                blocks.add(new Legend());
            } else {
                para.append(para.length() == 0 ? "" : " ").append(line);
            }
        }
        if (bullet != null) {
            blocks.add(new Bullet(spans(bullet.toString())));
        }
        if (!table.isEmpty()) {
            blocks.add(new Table(table));
        }
        if (para.length() > 0) {
            blocks.add(new Paragraph(spans(para.toString())));
        }
        return new HelpDocument(blocks);
    }

    private static Heading heading(int level, String text) {
        String t = text.strip();
        return new Heading(level, t, t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
    }

    /** Splits text into plain, **bold** and `key` spans. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    flush(plain, out);
                    out.add(new Span(text.substring(i + 2, end), Style.BOLD));
                    i = end + 2;
                    continue;
                }
            } else if (text.charAt(i) == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i + 1) {
                    flush(plain, out);
                    out.add(new Span(text.substring(i + 1, end), Style.KEY));
                    i = end + 1;
                    continue;
                }
            }
            plain.append(text.charAt(i));
            i++;
        }
        flush(plain, out);
        return out;
    }

    private static void flush(StringBuilder plain, List<Span> out) {
        if (plain.length() > 0) {
            out.add(new Span(plain.toString(), Style.PLAIN));
            plain.setLength(0);
        }
    }

    /** The headings, in order (the page's contents). */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }
}
