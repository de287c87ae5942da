package org.didworkbench.io;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.HeaderMode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.io.SubmissionFileException.Kind;

/**
 * Reads the records of a submission CSV file one at a time, keeping the exact text of each so that unedited
 * records can be written back byte for byte. Not thread-safe; close it when done.
 *
 * <h2>What it guarantees</h2>
 * The text is the file decoded with {@link Dialect#charset()} after any UTF-8 byte order mark. It is split with no
 * gap and no overlap into: {@link #preamble()} (blank lines before the first row), {@link #headerRaw()} (the
 * header row with its terminator and the blank lines after it), the {@link ParsedRecord#raw()} of every record in
 * order, and {@link #trailer()} (blank lines after the last record). So
 * {@code bom + preamble + header + concat(raw) + trailer} is exactly the decoded file, and writing the BOM bytes
 * (when {@link Dialect#bom()}) followed by that text encoded with {@link Dialect#charset()} gives back the file's
 * bytes.
 *
 * <h2>How the file is read</h2>
 * <ul>
 * <li>Encoding: the whole file is checked first in one fast byte pass; it is UTF-8 when every byte sequence is valid
 *     UTF-8 (with or without BOM), otherwise Windows-1252, decoded so that each byte maps back to itself
 *     ({@link SubmissionCharsets#WINDOWS_1252}). A file whose first 64 KiB hold a NUL byte or many control
 *     characters is refused as not text; a NUL later on marks its record as defective.</li>
 * <li>Delimiter: comma, unless the first rows have no comma and another of {@code ; TAB |} splits them into the
 *     profile's number of fields.</li>
 * <li>Rows end at CR LF, LF or CR; line breaks inside a quoted field belong to the value. Physical lines are
 *     counted over every line break, CR LF counting once.</li>
 * <li>Quoting follows RFC 4180: a field that starts with {@code "} is quoted, {@code ""} inside it is one quote; a
 *     quote elsewhere in an unquoted field is an ordinary char. Text after a closing quote is kept (appended to the
 *     value) and marks the record as defective.</li>
 * <li>Recovery from a quote that is never closed: the record is cut after the line on which the quote opened,
 *     marked as defective ("a quoted field starting on line 12 is not closed …"), and reading goes on from the next
 *     line as new records, so one stray quote does not swallow the rest of the file. The same happens when a quoted
 *     field runs past the record size limit (16 MiB). A record that is too long without an open quote (one
 *     enormous line) keeps its text, loses its fields and is marked as defective.</li>
 * <li>Blank lines (empty, or only spaces and tabs without a delimiter) are not records; their text joins the raw
 *     text of the row before them, or the preamble, or the trailer after the last record.</li>
 * <li>Header: {@link HeaderMode#AUTO} takes the first row as a header when at least two thirds of its non-blank
 *     fields are column names of the profile (see {@link HeaderNames}).</li>
 * <li>The file's size and modification time are compared before and after reading, and the checksum of the bytes
 *     parsed with that of the bytes probed; if they differ the reader throws rather than return records from two
 *     versions of the file.</li>
 * </ul>
 * <h2>Cost</h2>
 * The file is read twice: once by the byte probe (UTF-8 check, line endings, checksum), then by the parser, usually
 * from the operating system's cache. Both read 1 MiB at a time; the parser scans bytes and decodes each field and
 * each record's raw text once. The buffer holds the current record and the blank lines after it, so memory stays
 * near the record size limit plus one read; the exceptions are a single physical line longer than the limit and a
 * very long run of blank lines, which are held whole so that their text is kept exact.
 */
public final class SubmissionReader implements SubmissionSource {
    /** The largest record, in bytes, read into fields. */
    static final int DEFAULT_MAX_RECORD_BYTES = 16 << 20;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final String fileName;
    private final FileChannel channel;
    private final ByteSource source;
    private final CsvScanner scanner;
    private final long fileSize;
    private final FileTime modifiedAtOpen;
    private final long probedChecksum;
    private final Dialect dialect;
    private final String preamble;
    private final String headerRaw;

    private ParsedRecord pending;
    private boolean ended;
    private String trailer;
    private long recordCount;

    private SubmissionReader(Path file, String fileName, FileChannel channel, ByteSource source,
                             CsvScanner scanner, long fileSize, FileTime modifiedAtOpen, long probedChecksum,
                             Dialect dialect, String preamble, String headerRaw) {
        this.file = file;
        this.fileName = fileName;
        this.channel = channel;
        this.source = source;
        this.scanner = scanner;
        this.fileSize = fileSize;
        this.modifiedAtOpen = modifiedAtOpen;
        this.probedChecksum = probedChecksum;
        this.dialect = dialect;
        this.preamble = preamble;
        this.headerRaw = headerRaw;
    }

    /**
     * Opens a submission file, works out its dialect and reads up to its first data record.
     *
     * @param file    the CSV file
     * @param profile the submission profile (its items give the column names and the number of fields)
     * @param mode    whether the first row is a header
     * @throws SubmissionFileException when the file is missing, a folder, unreadable, empty, not text, has no
     *                                 data record, or changed while it was read; the message is for the user
     */
    public static SubmissionReader open(Path file, Profile profile, HeaderMode mode) throws SubmissionFileException {
        return open(file, profile, mode, DEFAULT_MAX_RECORD_BYTES, CsvScanner.READ_BYTES);
    }

    /**
     * As {@link #open(Path, Profile, HeaderMode)} with a chosen record size limit and read size; tests use small ones
     * to reach the limit and every buffer boundary with small files.
     */
    /**
     * Checks that a submission path names a readable, non-empty ordinary file, with the same messages
     * the reader gives (missing, a folder, not ordinary, empty); anything that reads a file's head
     * first calls this so the user hears the same words.
     */
    public static BasicFileAttributes checkOrdinaryFile(Path file) throws SubmissionFileException {
        String name = fileName(file);
        BasicFileAttributes attributes = attributes(file, name);
        if (attributes.isDirectory()) {
            throw new SubmissionFileException(Kind.FOLDER, name,
                    "'" + name + "' is a folder, not a file; choose the DID CSV file inside it.");
        }
        if (!attributes.isRegularFile()) {
            throw new SubmissionFileException(Kind.UNREADABLE, name,
                    name + " is not an ordinary file; choose the DID CSV file exported from your RIS.");
        }
        if (attributes.size() == 0) {
            throw empty(name);
        }
        return attributes;
    }

    static SubmissionReader open(Path file, Profile profile, HeaderMode mode, int maxRecordBytes, int readBytes)
            throws SubmissionFileException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(mode, "mode");
        String name = fileName(file);
        BasicFileAttributes attributes = checkOrdinaryFile(file);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            SubmissionReader reader = start(file, name, channel, attributes, profile, mode, maxRecordBytes, readBytes);
            channel = null;    // the reader owns it now
            return reader;
        } catch (IOException e) {
            throw readFailure(name, e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static SubmissionReader start(Path file, String name, FileChannel channel, BasicFileAttributes attributes,
                                          Profile profile, HeaderMode mode, int maxRecordBytes,
                                          int readBytes)
            throws IOException, SubmissionFileException {
        long size = attributes.size();
        FileProbe.Facts facts = FileProbe.probe(channel);
        if (facts.bytes() != size) {
            throw changed(name, null);
        }
        if (facts.utf16Bom()) {
            throw new SubmissionFileException(Kind.UNSUPPORTED_ENCODING, name, name
                    + " is saved as UTF-16 (\"Unicode\") text, which DID Workbench does not read; save it as"
                    + " \"CSV UTF-8\" or \"CSV (comma delimited)\" and open it again.");
        }
        if (facts.binaryHead()) {
            String what = facts.headNulLine() > 0 ? "it contains NUL bytes at line " + facts.headNulLine()
                    : "it contains many control characters near the start";
            throw new SubmissionFileException(Kind.NOT_TEXT, name, name + " does not look like a text file ("
                    + what + "); choose the DID CSV file exported from your RIS.");
        }
        Charset charset = facts.validUtf8() ? StandardCharsets.UTF_8 : SubmissionCharsets.WINDOWS_1252;
        int bomBytes = facts.utf8Bom() ? 3 : 0;
        char delimiter = sniffDelimiter(channel, bomBytes, size, charset, profile);
        channel.position(bomBytes);
        ByteSource source = new ByteSource(channel, bomBytes > 0 ? UTF8_BOM : new byte[0], size);
        TextDecoding text = facts.validUtf8() ? TextDecoding.utf8() : TextDecoding.windows1252();
        CsvScanner scanner = new CsvScanner(source, text, delimiter, maxRecordBytes, readBytes);

        boolean hasRow = scanner.skipBlankLines();
        String preamble = scanner.takeText();
        if (!hasRow) {
            if (preamble.isEmpty()) {
                throw empty(name);
            }
            throw new SubmissionFileException(Kind.NO_RECORDS, name,
                    name + " has no records to check: it contains only blank lines.");
        }
        CsvScanner.Row first = scanner.scanRow();
        boolean header = switch (mode) {
            case YES -> true;
            case NO -> false;
            case AUTO -> new HeaderNames(profile).isHeader(first.values());
        };
        if (header && first.last()) {
            throw new SubmissionFileException(Kind.NO_RECORDS, name,
                    name + " has no records to check: it contains only a header row.");
        }
        Dialect dialect = new Dialect(charset, bomBytes > 0, delimiter, facts.dominantLineEnding(),
                facts.mixedLineEndings(), header, facts.finalNewline(), CsvScanner.QUOTE);
        SubmissionReader reader = new SubmissionReader(file, name, channel, source, scanner, size,
                attributes.lastModifiedTime(), facts.checksum(), dialect, preamble, header ? first.raw() : null);
        reader.pending = header ? reader.read(scanner.scanRow()) : reader.read(first);
        return reader;
    }

    /**
     * Sniffs the delimiter from the head of the file, decoded on its own so that the scanner's reads start from
     * the beginning (a multi-byte char cut at the end of the head only spoils the last row, which is ignored).
     */
    private static char sniffDelimiter(FileChannel channel, int bomBytes, long size, Charset charset, Profile profile)
            throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(FileProbe.HEAD_BYTES, size - bomBytes));
        while (head.hasRemaining() && channel.read(head, bomBytes + head.position()) >= 0) {
            // read the whole head
        }
        boolean complete = bomBytes + head.position() >= size;
        String text = new String(head.array(), 0, head.position(), charset);
        return DelimiterSniffer.sniff(text, complete, profile.itemCount());
    }

    /** How the file is written. Complete from the moment the reader is open. */
    @Override
    public Dialect dialect() {
        return dialect;
    }

    /** The header row's exact text with its line terminator and any blank lines after it, when there is one. */
    @Override
    public Optional<String> headerRaw() {
        return Optional.ofNullable(headerRaw);
    }

    /** The exact text before the first row (header or data): leading blank lines, usually "". */
    @Override
    public String preamble() {
        return preamble;
    }

    /**
     * The next data record, or null when there are no more. Before null is returned the file is checked against
     * what was seen at opening (size, modification time, checksum of the bytes).
     *
     * @throws SubmissionFileException when the file changed while it was read, could not be read, or reading was
     *                                 interrupted; the reader is then of no further use
     */
    @Override
    public ParsedRecord next() throws SubmissionFileException {
        if (pending != null) {
            ParsedRecord r = pending;
            pending = null;
            return r;
        }
        if (ended) {
            return null;
        }
        try {
            return read(scanner.scanRow());
        } catch (IOException e) {
            throw readFailure(fileName, e);
        }
    }

    /** Bytes of the file read so far, for progress; reaches {@link #fileSize()} at the end. */
    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    /** The file's size in bytes when it was opened. */
    @Override
    public long fileSize() {
        return fileSize;
    }

    /**
     * The exact text after the last record: trailing blank lines, usually "".
     *
     * @throws IllegalStateException before {@link #next()} has returned null
     */
    @Override
    public String trailer() {
        if (trailer == null || pending != null) {
            throw new IllegalStateException("the trailer is known once next() has returned null");
        }
        return trailer;
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private ParsedRecord read(CsvScanner.Row row) throws SubmissionFileException {
        if (row.last()) {
            ended = true;
            trailer = row.trailer();
            checkUnchanged();
        }
        recordCount++;
        return new ParsedRecord(new SubmissionRecord(recordCount, row.line(), row.values(), row.defect()),
                row.raw());
    }

    private void checkUnchanged() throws SubmissionFileException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw changed(fileName, e);
        }
        if (now.size() != fileSize || !now.lastModifiedTime().equals(modifiedAtOpen) || bytesRead() != fileSize
                || source.checksum() != probedChecksum) {
            throw changed(fileName, null);
        }
    }

    private static BasicFileAttributes attributes(Path file, String name) throws SubmissionFileException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw readFailure(name, e);
        }
    }

    /** The user-facing exception for an I/O failure (package-private so tests can reach cases root cannot cause). */
    static SubmissionFileException readFailure(String name, IOException e) {
        if (e instanceof ByteSource.FileChangedException) {
            return changed(name, e);
        }
        if (e instanceof NoSuchFileException) {
            return new SubmissionFileException(Kind.NOT_FOUND, name,
                    name + " cannot be found; it may have been moved, renamed or deleted. Choose the file again.", e);
        }
        if (e instanceof ClosedChannelException) {    // includes an interrupt of the reading thread
            return new SubmissionFileException(Kind.STOPPED, name,
                    "Reading " + name + " was stopped before the end; open it again to read all of it.", e);
        }
        if (e instanceof AccessDeniedException) {
            return new SubmissionFileException(Kind.UNREADABLE, name, name + " cannot be read: permission denied."
                    + " Ask for read access, or copy the file to a folder of your own and open the copy.", e);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason().strip().replaceAll("\\.+$", "") : "the disk or network reported an error";
        return new SubmissionFileException(Kind.UNREADABLE, name, name + " cannot be read: " + reason
                + ". Close any program that has it open, check that the disk or network share is available, and try"
                + " again.", e);
    }

    private static SubmissionFileException changed(String name, Throwable cause) {
        return new SubmissionFileException(Kind.CHANGED, name, name + " changed while it was being read;"
                + " close the program that is writing to it and open it again.", cause);
    }

    private static SubmissionFileException empty(String name) {
        return new SubmissionFileException(Kind.EMPTY, name, name + " is empty: there are no records to check.");
    }

    private static String fileName(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written; a failed close of a read-only channel loses nothing.
            }
        }
    }
}
