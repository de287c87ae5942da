package org.didworkbench.service;

/** The user cancelled a long task; nothing half-done was kept. */
public final class CancelledException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled; nothing was kept.");
    }
}
