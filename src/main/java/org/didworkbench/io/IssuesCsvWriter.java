package org.didworkbench.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.didworkbench.domain.rules.Issue;

/**
 * Writes issues as CSV with the header {@code record,line,field,rule,severity,value,message}
 * (UTF-8, CRLF as RFC 4180 says, quoted where needed). The column set is a published contract.
 */
public final class IssuesCsvWriter {
    public static final String[] HEADER = {"record", "line", "field", "rule", "severity", "value", "message"};

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
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            try {
                source.accept(issue -> {
                    try {
                        printer.printRecord(issue.record(), issue.line(), issue.fieldList(), issue.rule(),
                                issue.severity().label(), issue.value(), issue.message());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
    }
}
