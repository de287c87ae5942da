package org.didworkbench.service;

import java.util.Objects;

/**
 * Choices the user makes before a bulk fix.
 *
 * @param dateOrder how to read a date such as 03/04/2026 that reads two ways; {@link DateOrder#NONE}
 *                  leaves such dates as they are (counted as ambiguous)
 */
public record FixOptions(DateOrder dateOrder) {
    /** No choices made: ambiguous dates stay. */
    public static final FixOptions DEFAULT = new FixOptions(DateOrder.NONE);

    /** How to read a day-and-month date that reads two ways. */
    public enum DateOrder {
        /** Do not choose. */
        NONE,
        /** Day first (UK). */
        DMY,
        /** Month first (US). */
        MDY
    }

    public FixOptions {
        Objects.requireNonNull(dateOrder, "dateOrder");
    }
}
