package org.didworkbench.service;

/**
 * A use case could not be carried out for a reason the user can act on (a file that cannot be
 * read, a bad option, a workspace that cannot be written). The message is one or two plain
 * sentences naming the file and what to do; it never holds patient data.
 */
public class ServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
