package org.didworkbench.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV (UTF-8, CRLF as RFC 4180 says, quoted where needed) with a header row,
 * atomically: readers see the old file or the complete new one.
 */
public final class CsvTableWriter {
    private CsvTableWriter() {
    }

    /**
     * @param target the CSV file
     * @param header the column names
     * @param rows   calls its argument once per row, in order; each row has one value per column
     *               (null is written as an empty field)
     */
    public static void write(Path target, List<String> header, Consumer<Consumer<List<?>>> rows) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                    .setHeader(header.toArray(new String[0])).get());
            try {
                rows.accept(row -> {
                    try {
                        printer.printRecord(row);
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
