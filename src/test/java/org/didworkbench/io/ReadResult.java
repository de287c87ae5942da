package org.didworkbench.io;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.HeaderMode;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.rules.did.DidV1Profile;

/** Everything a reader gave for one file, read to the end; and the checks every read must pass. */
record ReadResult(Dialect dialect, String preamble, Optional<String> header, List<ParsedRecord> records,
                  String trailer, long bytesRead, long fileSize) {

    static final Profile PROFILE = DidV1Profile.create();

    static ReadResult read(Path file, HeaderMode mode) throws SubmissionFileException {
        return read(file, mode, SubmissionReader.DEFAULT_MAX_RECORD_BYTES, CsvScanner.READ_BYTES);
    }

    static ReadResult read(Path file, HeaderMode mode, int maxRecordBytes, int readBytes)
            throws SubmissionFileException {
        try (SubmissionReader reader = SubmissionReader.open(file, PROFILE, mode, maxRecordBytes, readBytes)) {
            List<ParsedRecord> records = new ArrayList<>();
            for (ParsedRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            if (reader.next() != null) {
                throw new AssertionError("next() after the end must stay null");
            }
            return new ReadResult(reader.dialect(), reader.preamble(), reader.headerRaw(), List.copyOf(records),
                    reader.trailer(), reader.bytesRead(), reader.fileSize());
        }
    }

    SubmissionRecord record(int index) {
        return records.get(index).record();
    }

    List<String> values(int index) {
        return List.of(record(index).values());
    }

    /** preamble + header + every raw + trailer. */
    String text() {
        StringBuilder s = new StringBuilder(preamble);
        header.ifPresent(s::append);
        records.forEach(r -> s.append(r.raw()));
        return s.append(trailer).toString();
    }

    /** The bytes a writer would produce from the reader's text and dialect: BOM bytes, then the text encoded. */
    byte[] reencoded() {
        try {
            ByteBuffer bb = dialect.charset().newEncoder().encode(java.nio.CharBuffer.wrap(text()));
            byte[] body = new byte[bb.remaining()];
            bb.get(body);
            if (!dialect.bom()) {
                return body;
            }
            byte[] all = new byte[body.length + 3];
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
            return all;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError("the text cannot be encoded back in " + dialect.charset(), e);
        }
    }

    /**
     * The invariants of every successful read: the pieces give back the file's text and bytes exactly, each record
     * starts on the physical line its raw text starts on, records are numbered 1, 2, 3 … and the whole file was
     * read.
     */
    void assertExact(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        int skip = dialect.bom() ? 3 : 0;
        String decoded = new String(bytes, skip, bytes.length - skip, dialect.charset());
        if (!decoded.equals(text())) {
            throw new AssertionError("preamble + header + raws + trailer differ from the decoded file");
        }
        if (!java.util.Arrays.equals(bytes, reencoded())) {
            throw new AssertionError("re-encoding the text does not give the file's bytes back");
        }
        if (bytesRead != bytes.length || fileSize != bytes.length) {
            throw new AssertionError("bytesRead " + bytesRead + " / fileSize " + fileSize + " != " + bytes.length);
        }
        int offset = preamble.length() + header.map(String::length).orElse(0);
        long expectedLine = 1 + lineBreaks(decoded, 0, offset);
        for (int i = 0; i < records.size(); i++) {
            SubmissionRecord r = record(i);
            if (r.number() != i + 1) {
                throw new AssertionError("record " + i + " is numbered " + r.number());
            }
            if (r.line() != expectedLine) {
                throw new AssertionError("record " + r.number() + " says line " + r.line() + ", its raw text starts on "
                        + expectedLine);
            }
            String raw = records.get(i).raw();
            expectedLine += lineBreaks(decoded, offset, offset + raw.length());
            offset += raw.length();
        }
    }

    /** Line breaks in text[from, to): CR LF counts once, a CR at {@code to - 1} followed by LF counts too. */
    static long lineBreaks(String text, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                n++;
            } else if (c == '\r') {
                n++;
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        return n;
    }
}
