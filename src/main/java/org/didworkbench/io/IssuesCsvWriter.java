package org.didworkbench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.didworkbench.domain.rules.Issue;

/**
 * Writes issues as CSV with the header {@code record,line,field,rule,severity,value,message}
 * (UTF-8, CRLF as RFC 4180 says, quoted where needed). The column set is a published contract.
 *
 * <p>The text is exactly what Commons CSV's RFC 4180 printer wrote for the same issues (same quoting
 * decisions, checked by {@code IssuesCsvWriterProperties}); it is written here because a million-record
 * file has about 80,000 issues and 17 MB of messages, and finding the characters that need quoting
 * with {@link String#indexOf(int)} instead of one character at a time saves a noticeable part of a
 * second at the end of {@code validate}.
 */
public final class IssuesCsvWriter {
    public static final String[] HEADER = {"record", "line", "field", "rule", "severity", "value", "message"};

    private static final char COMMENT = '#';

    private IssuesCsvWriter() {
    }

    /**
     * Writes the issues a source supplies, atomically.
     *
     * @param target the CSV file
     * @param source calls its argument once for every issue, in order
     */
    public static void write(Path target, Consumer<Consumer<Issue>> source) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (int i = 0; i < HEADER.length; i++) {
                field(w, HEADER[i], i == 0);
            }
            w.write("\r\n");
            try {
                source.accept(issue -> {
                    try {
                        row(w, issue);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        });
    }

    private static void row(Writer w, Issue issue) throws IOException {
        w.write(Long.toString(issue.record()));
        w.write(',');
        w.write(Long.toString(issue.line()));
        field(w, issue.fieldList(), false);
        field(w, issue.rule(), false);
        field(w, issue.severity().label(), false);
        field(w, issue.value(), false);
        field(w, issue.message(), false);
        w.write("\r\n");
    }

    /** One value, preceded by a comma unless it starts the row, quoted when RFC 4180 (or a reader's comfort) needs it. */
    static void field(Writer w, String value, boolean first) throws IOException {
        if (!first) {
            w.write(',');
        }
        String v = value == null ? "" : value;
        if (!needsQuotes(v, first)) {
            w.write(v);
            return;
        }
        w.write('"');
        int from = 0;
        for (int q = v.indexOf('"'); q >= 0; q = v.indexOf('"', q + 1)) {
            w.write(v, from, q + 1 - from);
            w.write('"');
            from = q + 1;
        }
        w.write(v, from, v.length() - from);
        w.write('"');
    }

    /**
     * Commons CSV's minimal quoting: an empty value that starts a row; a value starting with a
     * character up to '#' (space, '!', '"', '#' and control characters); one holding a comma, a quote
     * or a line break; one ending in a space or control character.
     */
    private static boolean needsQuotes(String v, boolean first) {
        if (v.isEmpty()) {
            return first;
        }
        if (v.charAt(0) <= COMMENT) {
            return true;
        }
        return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.charAt(v.length() - 1) <= ' ';
    }
}
