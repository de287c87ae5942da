package org.didworkbench.cli;

/** The command line's words are off; the message says which and what is expected. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
