package org.didworkbench.io.reference;

import java.io.IOException;

/**
 * A reference file that cannot be used: its layout or a value is wrong. The message names the
 * file (relative to the reference folder), the line when there is one, and the problem. Reference
 * files hold no patient data, so the offending value may be quoted.
 */
public final class ReferenceDataException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String problem;

    /**
     * @param file    the file as shown to the user, e.g. {@code ods/etr.csv}
     * @param line    1-based line, or 0 when the problem is not on one line
     * @param problem what is wrong, in plain English
     */
    public ReferenceDataException(String file, long line, String problem) {
        this(file, line, problem, null);
    }

    public ReferenceDataException(String file, long line, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file as shown to the user, relative to the reference folder. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
