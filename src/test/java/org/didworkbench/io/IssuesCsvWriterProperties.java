package org.didworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.Severity;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The issues CSV is a published contract. It was written with Commons CSV's RFC 4180 printer; the
 * writer of our own must give the same bytes for any issue, so that scripts comparing runs see no change.
 */
class IssuesCsvWriterProperties {

    /** What the earlier writer put in the file: Commons CSV through a UTF-8 writer. */
    private static String commons(List<Issue> issues) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(IssuesCsvWriter.HEADER).get());
        for (Issue i : issues) {
            printer.printRecord(i.record(), i.line(), i.fieldList(), i.rule(), i.severity().label(), i.value(),
                    i.message());
        }
        printer.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String ours(List<Issue> issues) throws IOException {
        Path dir = Files.createTempDirectory("issues-csv");
        Path file = dir.resolve("issues.csv");
        try {
            IssuesCsvWriter.write(file, sink -> issues.forEach(sink));
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Example
    void valuesThatNeedQuotingAreQuotedAsBefore() throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (String v : new String[] {"", " lead", "trail ", "tab\t", "#hash", "!bang", "\"quoted\"", "a,b",
                "line\nbreak", "cr\rreturn", "plain", "\u20ac euro", "x\u0000", "$dollar", "'single'"}) {
            issues.add(new Issue(7, 9, "DIDS017", Severity.ERROR, List.of("POSTCODE"), v,
                    "POSTCODE '" + v + "' is not valid, expected \"A9 9AA\""));
        }
        assertThat(ours(issues)).isEqualTo(commons(issues));
    }

    @Example
    void noIssuesGiveTheHeaderAlone() throws IOException {
        assertThat(ours(List.of())).isEqualTo("record,line,field,rule,severity,value,message\r\n")
                .isEqualTo(commons(List.of()));
    }

    @Property(tries = 300)
    void anyIssuesAreWrittenByteForByteAsCommonsCsvWroteThem(@ForAll("issues") List<Issue> issues)
            throws IOException {
        assertThat(ours(issues)).isEqualTo(commons(issues));
    }

    @Provide
    Arbitrary<List<Issue>> issues() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.strings().withChars(" ,\"\r\n#!\tab\u20ac").ofMaxLength(8));
        Arbitrary<Issue> issue = Combinators.combine(Arbitraries.longs().between(1, 5_000_000),
                        Arbitraries.longs().between(1, 9_000_000), text.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of(Severity.class), text, text)
                .as((rec, line, fields, sev, value, message) ->
                        new Issue(rec, line, "DIDS001", sev, fields, value, message));
        return issue.list().ofMaxSize(6);
    }
}
