package org.didworkbench.io;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.HeaderMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.domain.rules.Issue;
import org.didworkbench.domain.rules.RuleContext;
import org.didworkbench.domain.rules.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionReaderTest {
    /** A sound DID v1 row (did-reference.md §2.2), synthetic values. */
    static final String DID_ROW = "9434765919,01,1950-03-14,A,2,LS1 4HR,B82005,04,G1234567,B82005,"
            + "2026-09-01,2026-09-02,2026-09-20,XCHES,,2026-09-21,RR801,ACC0001";
    static final String DID_ROW_2 = "9732552476,01,1961-11-02,B,1,M1 1AE,P84004,03,C1234567,RW6,"
            + "2026-09-03,2026-09-03,2026-09-22,XCHES,,2026-09-23,RR801,ACC0002";

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("sample.csv"), bytes);
    }

    private ReadResult read(String text) throws Exception {
        return read(file(text), HeaderMode.AUTO);
    }

    private static ReadResult read(Path file, HeaderMode mode) throws Exception {
        ReadResult r = ReadResult.read(file, mode);
        r.assertExact(file);
        return r;
    }

    private static String join(List<String> names) {
        return String.join(",", names);
    }

    private static List<String> itemNames() {
        return ReadResult.PROFILE.items().stream().map(DataItem::name).collect(Collectors.toList());
    }

    // ---- rows, fields, line endings ------------------------------------------------------------------------

    @Test
    void readsRecordsWithNumbersLinesValuesAndRawText() throws Exception {
        ReadResult r = read(DID_ROW + "\n" + DID_ROW_2 + "\n");

        assertThat(r.records()).hasSize(2);
        assertThat(r.record(0).number()).isEqualTo(1);
        assertThat(r.record(0).line()).isEqualTo(1);
        assertThat(r.record(0).values()).hasSize(18).startsWith("9434765919", "01", "1950-03-14");
        assertThat(r.record(0).values()[14]).isEmpty();
        assertThat(r.record(0).defect()).isNull();
        assertThat(r.records().get(0).raw()).isEqualTo(DID_ROW + "\n");
        assertThat(r.record(1).number()).isEqualTo(2);
        assertThat(r.record(1).line()).isEqualTo(2);
        assertThat(r.dialect()).isEqualTo(new Dialect(StandardCharsets.UTF_8, false, ',', "\n", false, false, true,
                '"'));
        assertThat(r.preamble()).isEmpty();
        assertThat(r.header()).isEmpty();
        assertThat(r.trailer()).isEmpty();
    }

    static Stream<Arguments> lineEndings() {
        return Stream.of(Arguments.of("CRLF", "\r\n"), Arguments.of("LF", "\n"), Arguments.of("CR", "\r"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineEndings")
    void recognisesEachLineEnding(String label, String eol) throws Exception {
        ReadResult r = read("a,b" + eol + "c,d" + eol + "e,f" + eol);

        assertThat(r.dialect().lineEnding()).isEqualTo(eol);
        assertThat(r.dialect().mixedLineEndings()).isFalse();
        assertThat(r.dialect().finalNewline()).isTrue();
        assertThat(r.records()).extracting(p -> p.record().line()).containsExactly(1L, 2L, 3L);
        assertThat(r.values(2)).containsExactly("e", "f");
        assertThat(r.records().get(1).raw()).isEqualTo("c,d" + eol);
    }

    @Test
    void mixedLineEndingsReportTheCommonestAndCountEveryBreakOnce() throws Exception {
        ReadResult r = read("a,b\r\nc,d\ne,f\r\ng,h\ri,j\r\n");

        assertThat(r.dialect().lineEnding()).isEqualTo("\r\n");
        assertThat(r.dialect().mixedLineEndings()).isTrue();
        assertThat(r.records()).extracting(p -> p.record().line()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(r.records()).extracting(ParsedRecord::raw)
                .containsExactly("a,b\r\n", "c,d\n", "e,f\r\n", "g,h\r", "i,j\r\n");
    }

    @Test
    void aFileWithoutFinalLineBreakKeepsItsLastRecord() throws Exception {
        ReadResult r = read("a,b\r\nc,d");

        assertThat(r.dialect().finalNewline()).isFalse();
        assertThat(r.values(1)).containsExactly("c", "d");
        assertThat(r.records().get(1).raw()).isEqualTo("c,d");
        assertThat(r.trailer()).isEmpty();
    }

    @Test
    void aFileWithNoLineBreakAtAllIsOneRecordAndSaysCrlf() throws Exception {
        ReadResult r = read(DID_ROW);

        assertThat(r.records()).hasSize(1);
        assertThat(r.dialect().lineEnding()).isEqualTo("\r\n");
        assertThat(r.dialect().finalNewline()).isFalse();
    }

    @Test
    void emptyFieldsAndATrailingDelimiterGiveEmptyValues() throws Exception {
        ReadResult r = read(",a,,\n,\n");

        assertThat(r.values(0)).containsExactly("", "a", "", "");
        assertThat(r.values(1)).containsExactly("", "");
    }

    @Test
    void valuesAreNotTrimmed() throws Exception {
        ReadResult r = read(" 9434765919 ,\t01\t, x \n");

        assertThat(r.values(0)).containsExactly(" 9434765919 ", "\t01\t", " x ");
    }

    // ---- quoting ---------------------------------------------------------------------------------------

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
        ReadResult r = read("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\r\nnext,row\r\n");

        assertThat(r.values(0)).containsExactly("a,b", "say \"hi\"", "two\r\nlines", "");
        assertThat(r.record(0).defect()).isNull();
        assertThat(r.record(1).line()).as("the quoted line break is a physical line").isEqualTo(3);
        assertThat(r.values(1)).containsExactly("next", "row");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryChar() throws Exception {
        ReadResult r = read("ab\"c,12\" tube,\"\"\"\"\n");

        assertThat(r.values(0)).containsExactly("ab\"c", "12\" tube", "\"");
        assertThat(r.record(0).defect()).isNull();
    }

    @Test
    void aQuotedLastFieldAtTheEndOfTheFile() throws Exception {
        ReadResult r = read("a,\"b\"");

        assertThat(r.values(0)).containsExactly("a", "b");
        assertThat(r.record(0).defect()).isNull();
    }

    @Test
    void textAfterAClosingQuoteIsKeptAndMarksADefect() throws Exception {
        ReadResult r = read("a,\"b\"c,d\ne,f\n");

        assertThat(r.values(0)).containsExactly("a", "bc", "d");
        assertThat(r.record(0).defect()).isEqualTo("text after a closing quote on line 1");
        assertThat(r.record(1).defect()).isNull();
    }

    @Test
    void anUnclosedQuoteIsCutAfterItsLineAndTheRestOfTheFileIsStillRead() throws Exception {
        ReadResult r = read(DID_ROW + "\n" + "9732552476,\"01,1961-11-02,B\n" + DID_ROW_2 + "\n" + DID_ROW + "\n");

        assertThat(r.records()).hasSize(4);
        SubmissionRecord broken = r.record(1);
        assertThat(broken.line()).isEqualTo(2);
        assertThat(broken.defect())
                .isEqualTo("a quoted field starting on line 2 is not closed before the end of the file")
                .doesNotContain("9732552476").doesNotContain("1961");
        assertThat(r.records().get(1).raw()).isEqualTo("9732552476,\"01,1961-11-02,B\n");
        assertThat(r.values(1)).containsExactly("9732552476", "01,1961-11-02,B");
        assertThat(r.record(2).line()).isEqualTo(3);
        assertThat(r.record(2).defect()).isNull();
        assertThat(r.values(2)).hasSize(18);
        assertThat(r.record(3).line()).isEqualTo(4);
    }

    @Test
    void anUnclosedQuoteAfterAClosedMultiLineFieldRestartsAfterTheLineTheQuoteOpenedOn() throws Exception {
        ReadResult r = read("a,\"x\ny\",\"open\nb,c\n");

        assertThat(r.record(0).defect()).startsWith("a quoted field starting on line 2 ");
        assertThat(r.records().get(0).raw()).isEqualTo("a,\"x\ny\",\"open\n");
        assertThat(r.record(1).line()).isEqualTo(3);
        assertThat(r.values(1)).containsExactly("b", "c");
    }

    @Test
    void anUnclosedQuoteOnTheLastLineRunsToTheEnd() throws Exception {
        ReadResult r = read("a,b\nc,\"d");

        assertThat(r.values(1)).containsExactly("c", "d");
        assertThat(r.record(1).defect()).contains("line 2 is not closed before the end of the file");
    }

    @Test
    void recordsWithTheWrongFieldCountAreKeptAsTheyAreForTheValidatorToReport() throws Exception {
        String seventeen = DID_ROW.substring(0, DID_ROW.lastIndexOf(','));
        String nineteen = DID_ROW + ",extra";
        ReadResult r = read(seventeen + "\n" + nineteen + "\n" + DID_ROW + "\n");

        assertThat(r.record(0).fieldCount()).isEqualTo(17);
        assertThat(r.record(1).fieldCount()).isEqualTo(19);
        assertThat(r.record(2).fieldCount()).isEqualTo(18);
        assertThat(r.records()).allSatisfy(p -> assertThat(p.record().defect()).isNull());

        Validator validator = new Validator(ReadResult.PROFILE,
                new RuleContext(java.time.LocalDate.of(2026, 10, 15), ReferenceData.none()));
        List<Issue> issues = new ArrayList<>();
        r.records().forEach(p -> issues.addAll(validator.validate(p.record())));
        assertThat(issues).filteredOn(i -> i.rule().equals("DIDS075")).extracting(Issue::line)
                .containsExactly(1L, 2L);
    }

    // ---- blank lines -------------------------------------------------------------------------------------

    @Test
    void blankLinesAreNotRecordsAndLandInThePreambleTheRawTextOrTheTrailer() throws Exception {
        ReadResult r = read("\n  \r\n" + "a,b\n" + "\n \t\n" + "c,d\n" + "\n\n  ");

        assertThat(r.preamble()).isEqualTo("\n  \r\n");
        assertThat(r.records()).extracting(ParsedRecord::raw).containsExactly("a,b\n\n \t\n", "c,d\n");
        assertThat(r.records()).extracting(p -> p.record().line()).containsExactly(3L, 6L);
        assertThat(r.records()).extracting(p -> p.record().number()).containsExactly(1L, 2L);
        assertThat(r.trailer()).isEqualTo("\n\n  ");
    }

    @Test
    void aLineOfDelimitersIsARecordNotABlankLine() throws Exception {
        ReadResult r = read(",,\n a , \n");

        assertThat(r.values(0)).containsExactly("", "", "");
        assertThat(r.values(1)).containsExactly(" a ", " ");
    }

    @Test
    void aLineOfTabsIsARecordInATabSeparatedFile() throws Exception {
        String tabRow = String.join("\t", Collections.nCopies(18, "x"));
        ReadResult r = read(tabRow + "\n" + "\t".repeat(17) + "\n");

        assertThat(r.dialect().delimiter()).isEqualTo('\t');
        assertThat(r.records()).hasSize(2);
        assertThat(r.record(1).fieldCount()).isEqualTo(18);
    }

    // ---- header --------------------------------------------------------------------------------------------

    @Test
    void aHeaderOfItemNamesIsRecognisedAndKeptApart() throws Exception {
        String header = join(itemNames()) + "\r\n\r\n";
        ReadResult r = read(header + DID_ROW + "\r\n");

        assertThat(r.dialect().header()).isTrue();
        assertThat(r.header()).contains(header);
        assertThat(r.records()).hasSize(1);
        assertThat(r.record(0).number()).isEqualTo(1);
        assertThat(r.record(0).line()).isEqualTo(3);
    }

    @Test
    void aHeaderOfDataDictionaryNamesInAnyCaseWithSpacesIsRecognised() throws Exception {
        String header = ReadResult.PROFILE.items().stream()
                .map(i -> " " + i.dataDictionaryName().toLowerCase(java.util.Locale.ROOT) + " ")
                .collect(Collectors.joining(","));
        ReadResult r = read("\uFEFF" + header + "\n" + DID_ROW + "\n");

        assertThat(r.dialect().header()).isTrue();
        assertThat(r.dialect().bom()).isTrue();
        assertThat(r.records()).hasSize(1);
    }

    @Test
    void aHeaderOfDpsShortNamesIsRecognised() throws Exception {
        String header = "NHS_NUMBER,NHS_NUMBER_STATUS,DATE_OF_BIRTH,ETHNIC_CATEGORY_CODE,GENDER_CODE,POSTCODE,"
                + "GP_CODE,PATIENT_SOURCE_SETTING,REFERRER_CODE,REFERRER_ORGANISATION_CODE,"
                + "DIAGNOSTIC_TEST_REQUEST_DATE,DIAGNOSTIC_TEST_REQUEST_RECEIVED_DATE,DIAGNOSTIC_TEST_DATE,"
                + "IMAGING_CODE_NICIP,IMAGING_CODE_SNOMED_CT,SERVICE_REPORT_ISSUE_DATE,PROVIDER_SITE_CODE,"
                + "RADIOLOGICAL_ACCESSION_NUMBER";
        ReadResult r = read("\"" + header.replace(",", "\",\"") + "\"\n" + DID_ROW + "\n");

        assertThat(r.dialect().header()).isTrue();
        assertThat(r.header()).contains("\"" + header.replace(",", "\",\"") + "\"\n");
    }

    @Test
    void aHeaderWithTwoThirdsKnownNamesIsAHeaderAndWithFewerIsData() throws Exception {
        List<String> names = new ArrayList<>(itemNames());
        for (int i = 0; i < 6; i++) {
            names.set(i, "Column " + i);
        }
        assertThat(read(join(names) + "\n" + DID_ROW + "\n").dialect().header()).isTrue();

        names.set(6, "Column 6");
        ReadResult r = read(join(names) + "\n" + DID_ROW + "\n");
        assertThat(r.dialect().header()).isFalse();
        assertThat(r.records()).hasSize(2);
    }

    @Test
    void aDataRowIsNotTakenForAHeader() throws Exception {
        ReadResult r = read(DID_ROW + "\n" + DID_ROW_2 + "\n");

        assertThat(r.dialect().header()).isFalse();
        assertThat(r.header()).isEmpty();
        assertThat(r.records()).hasSize(2);
    }

    @Test
    void headerModeYesAndNoOverrideDetection() throws Exception {
        Path data = file(DID_ROW + "\n" + DID_ROW_2 + "\n");
        ReadResult yes = read(data, HeaderMode.YES);
        assertThat(yes.header()).contains(DID_ROW + "\n");
        assertThat(yes.records()).hasSize(1);
        assertThat(yes.record(0).number()).isEqualTo(1);
        assertThat(yes.record(0).line()).isEqualTo(2);

        Path named = file(join(itemNames()) + "\n" + DID_ROW + "\n");
        ReadResult no = read(named, HeaderMode.NO);
        assertThat(no.header()).isEmpty();
        assertThat(no.dialect().header()).isFalse();
        assertThat(no.values(0)).startsWith("NHS_NUMBER");
    }

    // ---- delimiter -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(strings = {";", "\t", "|"})
    void anotherDelimiterIsTakenOnlyWithoutCommasAndWithEighteenFields(String delimiter) throws Exception {
        String row = DID_ROW.replace(",", delimiter);
        ReadResult r = read(row + "\n" + row + "\n");

        assertThat(r.dialect().delimiter()).isEqualTo(delimiter.charAt(0));
        assertThat(r.values(0)).hasSize(18).startsWith("9434765919", "01");
    }

    @Test
    void aSemicolonFileOfTheWrongShapeStaysComma() throws Exception {
        ReadResult r = read("a;b;c\nd;e;f\n");

        assertThat(r.dialect().delimiter()).isEqualTo(',');
        assertThat(r.values(0)).containsExactly("a;b;c");
    }

    @Test
    void anyCommaKeepsTheComma() throws Exception {
        String row = DID_ROW.replace(",", ";");
        ReadResult r = read(row + "\n" + "a,b\n");

        assertThat(r.dialect().delimiter()).isEqualTo(',');
    }

    // ---- encodings -------------------------------------------------------------------------------------------

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        ReadResult plain = read("Zoë,£5,€,\uD83D\uDE00\n");
        assertThat(plain.dialect().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(plain.dialect().bom()).isFalse();
        assertThat(plain.values(0)).containsExactly("Zoë", "£5", "€", "\uD83D\uDE00");

        ReadResult bom = read("\uFEFFZoë,£5\n");
        assertThat(bom.dialect().bom()).isTrue();
        assertThat(bom.preamble()).isEmpty();
        assertThat(bom.values(0)).containsExactly("Zoë", "£5");
    }

    @Test
    void windows1252IsDecodedSoThatEveryByteComesBack() throws Exception {
        byte[] bytes = {'Z', 'o', (byte) 0xEB, ',', (byte) 0xA3, '5', ',', 'c', 'a', 'f', (byte) 0xE9, ',',
            (byte) 0x80, ',', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, ',', (byte) 0x92,
            '\r', '\n'};
        Path f = file(bytes);
        ReadResult r = read(f, HeaderMode.AUTO);

        assertThat(r.dialect().charset()).isSameAs(SubmissionCharsets.WINDOWS_1252);
        assertThat(r.dialect().charset().displayName()).isEqualTo("Windows-1252");
        assertThat(r.values(0)).containsExactly("Zoë", "£5", "café", "€", "\u0081\u008D\u008F\u0090\u009D",
                "\u2019");
        assertThat(r.reencoded()).isEqualTo(bytes);
    }

    @Test
    void aFileThatStopsBeingUtf8AfterItsHeadIsWindows1252Throughout() throws Exception {
        StringBuilder s = new StringBuilder("caf\u00E9,x\n");   // UTF-8 é in the head
        while (s.length() < 200_000) {
            s.append(DID_ROW).append('\n');
        }
        byte[] head = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = {'c', 'a', 'f', (byte) 0xE9, ',', 'y', '\n'};   // a Windows-1252 é far after the head
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        ReadResult r = read(file(all), HeaderMode.NO);

        assertThat(r.dialect().charset()).isSameAs(SubmissionCharsets.WINDOWS_1252);
        assertThat(r.values(0)).containsExactly("caf\u00C3\u00A9", "x");
        assertThat(r.values(r.records().size() - 1)).containsExactly("caf\u00E9", "y");
    }

    @Test
    void aBomFollowedByWindows1252KeepsTheBomBytesApart() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, ',', 'b', '\n'};
        ReadResult r = read(file(bytes), HeaderMode.AUTO);

        assertThat(r.dialect().bom()).isTrue();
        assertThat(r.dialect().charset()).isSameAs(SubmissionCharsets.WINDOWS_1252);
        assertThat(r.values(0)).containsExactly("a\u00E9", "b");
    }

    @Test
    void utf16IsRefusedWithAdvice() throws Exception {
        Path f = file(("\uFEFF" + DID_ROW + "\r\n").getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> ReadResult.read(f, HeaderMode.AUTO))
                .isInstanceOfSatisfying(SubmissionFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionFileException.Kind.UNSUPPORTED_ENCODING))
                .hasMessageStartingWith("sample.csv is saved as UTF-16")
                .hasMessageContaining("CSV UTF-8");
    }

    // ---- size limits ---------------------------------------------------------------------------------------

    @Test
    void aOneMegabyteFieldIsReadWhole() throws Exception {
        String big = "x".repeat(1 << 20) + "é";
        ReadResult r = read("a,\"" + big + "\",b\n" + DID_ROW + "\n");

        assertThat(r.values(0)).containsExactly("a", big, "b");
        assertThat(r.record(0).defect()).isNull();
        assertThat(r.record(1).line()).isEqualTo(2);
    }

    @Test
    void aLineLongerThanTheLimitKeepsItsTextLosesItsFieldsAndReadingGoesOn() throws Exception {
        String longLine = "a," + "x".repeat(SubmissionReader.DEFAULT_MAX_RECORD_BYTES + 10);
        Path f = file(DID_ROW + "\n" + longLine + "\n" + DID_ROW_2 + "\n");
        ReadResult r = read(f, HeaderMode.NO);

        assertThat(r.records()).hasSize(3);
        assertThat(r.record(1).defect()).isEqualTo("the record is longer than 16 MiB, the most one record may hold");
        assertThat(r.record(1).values()).isEmpty();
        assertThat(r.records().get(1).raw()).isEqualTo(longLine + "\n");
        assertThat(r.record(2).line()).isEqualTo(3);
        assertThat(r.values(2)).hasSize(18);
    }

    @Test
    void aQuoteStillOpenAfterTheLimitIsCutAfterItsLine() throws Exception {
        StringBuilder s = new StringBuilder("a,\"open\n");
        for (int i = 0; s.length() < 3000; i++) {
            s.append("row").append(i).append(",b\n");
        }
        Path f = file(s.toString());
        ReadResult r = ReadResult.read(f, HeaderMode.NO, 1000, 64);
        r.assertExact(f);

        assertThat(r.record(0).defect()).isEqualTo("a quoted field starting on line 1 is not closed within 1000 bytes");
        assertThat(r.values(1)).containsExactly("row0", "b");
        assertThat(r.record(1).line()).isEqualTo(2);
        assertThat(r.records().subList(1, r.records().size()))
                .allSatisfy(p -> assertThat(p.record().defect()).isNull());
    }

    @Test
    void tinyReadsGiveTheSameRecordsAsLargeOnes() throws Exception {
        String text = "\r\n\"a\"\"\",\"b\r\nc\",d\r\n\r\n\"e\"x,\r\"f\",g\n \nh,\"i\"";
        Path f = file(text);
        ReadResult large = ReadResult.read(f, HeaderMode.NO);
        for (int readBytes = 1; readBytes < 12; readBytes++) {
            ReadResult small = ReadResult.read(f, HeaderMode.NO, 1 << 20, readBytes);
            small.assertExact(f);
            assertThat(small.records()).as("read %d bytes at a time", readBytes).isEqualTo(large.records());
            assertThat(small.preamble()).isEqualTo(large.preamble());
            assertThat(small.trailer()).isEqualTo(large.trailer());
        }
    }

    // ---- binary content --------------------------------------------------------------------------------------

    @Test
    void nulBytesInTheHeadMeanTheFileIsNotText() throws Exception {
        Path f = file("a,b\nc,d\ne,\0f\n");

        assertThatThrownBy(() -> ReadResult.read(f, HeaderMode.AUTO))
                .isInstanceOfSatisfying(SubmissionFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionFileException.Kind.NOT_TEXT))
                .hasMessage("sample.csv does not look like a text file (it contains NUL bytes at line 3); "
                        + "choose the DID CSV file exported from your RIS.");
    }

    @Test
    void manyControlCharactersInTheHeadMeanTheFileIsNotText() throws Exception {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 20);
        }
        Path f = file(bytes);

        assertThatThrownBy(() -> ReadResult.read(f, HeaderMode.AUTO))
                .isInstanceOf(SubmissionFileException.class)
                .hasMessageContaining("does not look like a text file (it contains many control characters");
    }

    @Test
    void aNulLaterInTheFileMarksItsRecord() throws Exception {
        StringBuilder s = new StringBuilder();
        while (s.length() <= FileProbe.HEAD_BYTES) {
            s.append(DID_ROW).append('\n');
        }
        int lines = (int) ReadResult.lineBreaks(s.toString(), 0, s.length());
        s.append("9434765919,\0,x\n").append(DID_ROW).append('\n');
        ReadResult r = read(file(s.toString()), HeaderMode.NO);

        SubmissionRecord marked = r.record(lines);
        assertThat(marked.defect()).isEqualTo("a NUL character (byte 0) on line " + (lines + 1));
        assertThat(marked.values()).containsExactly("9434765919", "\0", "x");
        assertThat(r.record(lines + 1).defect()).isNull();
    }

    // ---- files that cannot be read -------------------------------------------------------------------------

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused(file(""), SubmissionFileException.Kind.EMPTY,
                "sample.csv is empty: there are no records to check.");
        assertRefused(file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), SubmissionFileException.Kind.EMPTY,
                "sample.csv is empty: there are no records to check.");
    }

    @Test
    void aFileOfBlankLinesIsRefused() throws Exception {
        assertRefused(file("\r\n  \r\n\r\n"), SubmissionFileException.Kind.NO_RECORDS,
                "sample.csv has no records to check: it contains only blank lines.");
    }

    @Test
    void aFileWithOnlyAHeaderIsRefused() throws Exception {
        assertRefused(file(join(itemNames()) + "\r\n\r\n"), SubmissionFileException.Kind.NO_RECORDS,
                "sample.csv has no records to check: it contains only a header row.");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertRefused(folder, SubmissionFileException.Kind.FOLDER,
                "'exports' is a folder, not a file; choose the DID CSV file inside it.");
    }

    @Test
    void aMissingFileIsRefused() {
        assertRefused(dir.resolve("gone.csv"), SubmissionFileException.Kind.NOT_FOUND,
                "gone.csv cannot be found; it may have been moved, renamed or deleted. Choose the file again.");
    }

    @Test
    void anUnreadableFileIsRefused() throws Exception {
        Path f = file(DID_ROW + "\n");
        try {
            Files.setPosixFilePermissions(f, java.util.Set.of());
        } catch (UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no POSIX permissions on this file system");
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f), "running as a user who reads anything");
        assertRefused(f, SubmissionFileException.Kind.UNREADABLE,
                "sample.csv cannot be read: permission denied. Ask for read access, or copy the file to a folder"
                        + " of your own and open the copy.");
    }

    @Test
    void ioFailuresBecomeMessagesThatNameTheFileAndSayWhatToDo() {
        SubmissionFileException denied = SubmissionReader.readFailure("sample.csv",
                new java.nio.file.AccessDeniedException("/secret/path/sample.csv"));
        assertThat(denied.kind()).isEqualTo(SubmissionFileException.Kind.UNREADABLE);
        assertThat(denied.getMessage()).startsWith("sample.csv cannot be read: permission denied.")
                .doesNotContain("/secret/path");

        SubmissionFileException locked = SubmissionReader.readFailure("sample.csv",
                new java.nio.file.FileSystemException("/secret/path/sample.csv", null,
                        "The process cannot access the file because it is being used by another process."));
        assertThat(locked.getMessage()).isEqualTo("sample.csv cannot be read: The process cannot access the file"
                + " because it is being used by another process. Close any program that has it open, check that the"
                + " disk or network share is available, and try again.");

        SubmissionFileException plain = SubmissionReader.readFailure("sample.csv", new IOException("EIO"));
        assertThat(plain.getMessage()).isEqualTo("sample.csv cannot be read: the disk or network reported an error."
                + " Close any program that has it open, check that the disk or network share is available, and try"
                + " again.");
    }

    @Test
    void aFileThatChangesWhileItIsReadIsRefused() throws Exception {
        Path f = file(DID_ROW + "\n" + DID_ROW_2 + "\n" + DID_ROW + "\n");
        try (SubmissionReader reader = SubmissionReader.open(f, ReadResult.PROFILE, HeaderMode.NO)) {
            assertThat(reader.next()).isNotNull();
            Files.writeString(f, DID_ROW + "\n", java.nio.file.StandardOpenOption.APPEND);
            assertThatThrownBy(() -> {
                while (reader.next() != null) {
                    // read on
                }
            }).isInstanceOfSatisfying(SubmissionFileException.class,
                    e -> assertThat(e.kind()).isEqualTo(SubmissionFileException.Kind.CHANGED))
                    .hasMessage("sample.csv changed while it was being read; close the program that is writing to it"
                            + " and open it again.");
        }
    }

    @Test
    void aSameSizeChangeBehindARestoredModificationTimeIsCaughtByTheChecksum() throws Exception {
        StringBuilder s = new StringBuilder();
        while (s.length() < 3 * CsvScanner.READ_BYTES) {
            s.append(DID_ROW).append("\r\n");
        }
        Path f = file(s.toString());
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(f);
        try (SubmissionReader reader = SubmissionReader.open(f, ReadResult.PROFILE, HeaderMode.NO)) {
            assertThat(reader.next()).isNotNull();
            try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap("9732552476".getBytes(StandardCharsets.US_ASCII)),
                        Files.size(f) - DID_ROW.length() - 2);
            }
            Files.setLastModifiedTime(f, modified);
            assertThatThrownBy(() -> {
                while (reader.next() != null) {
                    // read on
                }
            }).isInstanceOfSatisfying(SubmissionFileException.class,
                    e -> assertThat(e.kind()).isEqualTo(SubmissionFileException.Kind.CHANGED));
        }
    }

    @Test
    void anInterruptStopsReadingWithItsOwnKindAndKeepsTheInterrupt() throws Exception {
        Path f = file((DID_ROW + "\r\n").repeat(3 * CsvScanner.READ_BYTES / DID_ROW.length()));
        try (SubmissionReader reader = SubmissionReader.open(f, ReadResult.PROFILE, HeaderMode.NO)) {
            assertThat(reader.next()).isNotNull();
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> {
                while (reader.next() != null) {
                    // read on
                }
            }).isInstanceOfSatisfying(SubmissionFileException.class,
                    e -> assertThat(e.kind()).isEqualTo(SubmissionFileException.Kind.STOPPED))
                    .hasMessage("Reading sample.csv was stopped before the end; open it again to read all of it.");
            assertThat(Thread.interrupted()).as("the interrupt is still visible to the caller").isTrue();
        }
    }

    @Test
    void theTrailerIsOnlyKnownAtTheEndAndProgressReachesTheFileSize() throws Exception {
        Path f = file(DID_ROW + "\n" + DID_ROW_2 + "\n\n");
        try (SubmissionReader reader = SubmissionReader.open(f, ReadResult.PROFILE, HeaderMode.AUTO)) {
            assertThat(reader.fileSize()).isEqualTo(Files.size(f));
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(reader::trailer).isInstanceOf(IllegalStateException.class);
            assertThat(reader.next()).isNotNull();
            assertThat(reader.next()).isNull();
            assertThat(reader.trailer()).isEqualTo("\n");
            assertThat(reader.bytesRead()).isEqualTo(reader.fileSize());
        }
    }

    private static void assertRefused(Path f, SubmissionFileException.Kind kind, String message) {
        assertThatThrownBy(() -> ReadResult.read(f, HeaderMode.AUTO))
                .isInstanceOfSatisfying(SubmissionFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.fileName()).isEqualTo(f.getFileName().toString());
                })
                .hasMessage(message);
    }
}
