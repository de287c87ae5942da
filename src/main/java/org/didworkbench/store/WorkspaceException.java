package org.didworkbench.store;

/**
 * A workspace could not be created, opened or written. The message is for a person: it names the
 * workspace file and what to do, and never holds patient data.
 */
public final class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
