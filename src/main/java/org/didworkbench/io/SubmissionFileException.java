package org.didworkbench.io;

import java.util.Objects;

/**
 * A submission file cannot be read at all. The message is written for the user: it names the file (by its name,
 * not its full path), says what is wrong and what to do, and never contains a field value.
 */
public final class SubmissionFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem stopped the reading; lets callers pick an exit status or an icon. */
    public enum Kind {
        /** There is no file at the path. */
        NOT_FOUND,
        /** The path is a folder. */
        FOLDER,
        /** The file exists but cannot be opened or read (permission, lock, disk error). */
        UNREADABLE,
        /** The file has no bytes, or only a byte order mark. */
        EMPTY,
        /** The file has text but no data record (only blank lines, or only a header row). */
        NO_RECORDS,
        /** The file is binary, not text. */
        NOT_TEXT,
        /** The file is text in an encoding that is not read (UTF-16). */
        UNSUPPORTED_ENCODING,
        /** The file's size, modification time or bytes changed while it was read. */
        CHANGED,
        /** Reading stopped before the end because the reading thread was interrupted or the reader closed. */
        STOPPED
    }

    private final Kind kind;
    private final String fileName;

    /**
     * @param kind     the kind of problem
     * @param fileName the file's name (not its path), as quoted in the message
     * @param message  the user-facing message
     * @param cause    the underlying exception, kept for diagnostics; its text is not shown to users
     */
    public SubmissionFileException(Kind kind, String fileName, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    public SubmissionFileException(Kind kind, String fileName, String message) {
        this(kind, fileName, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The file's name as used in the message. */
    public String fileName() {
        return fileName;
    }
}
