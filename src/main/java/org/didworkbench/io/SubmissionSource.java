package org.didworkbench.io;

import java.util.Optional;

import org.didworkbench.domain.dataset.Dialect;

/**
 * A submission file read record by record, whatever its format, with the exact text of each record so
 * that unedited records can be written back byte for byte: {@code bom + preamble + header + concat(raw)
 * + trailer} is the file's text. {@link SubmissionReader} reads CSV, {@link XmlSubmissionReader} XML.
 * Not thread-safe; close it when done.
 */
public interface SubmissionSource extends AutoCloseable {

    /** How the file is written. */
    Dialect dialect();

    /** The header row's text, when there is one (CSV only). */
    Optional<String> headerRaw();

    /** The text before the first record. */
    String preamble();

    /** The next record, or null at the end. */
    ParsedRecord next() throws SubmissionFileException;

    /** The text after the last record; known once {@link #next()} has returned null. */
    String trailer();

    /** Bytes read so far, for progress. */
    long bytesRead();

    /** The file's size in bytes. */
    long fileSize();

    @Override
    void close();
}
