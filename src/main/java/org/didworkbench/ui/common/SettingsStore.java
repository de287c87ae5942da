package org.didworkbench.ui.common;

import java.util.Optional;

/** Where the window keeps what it remembers between runs: plain string keys and values. */
public interface SettingsStore {

    Optional<String> get(String key);

    /** Stores a value; a null value removes the key. */
    void put(String key, String value);

    /** Makes the values durable (a no-op for stores that need none). */
    default void flush() {
    }

    /**
     * Why the stored settings could not be read when the store was opened (so the defaults apply), in
     * words naming where they were kept; empty when they were fine. Never fatal.
     */
    default Optional<String> problem() {
        return Optional.empty();
    }
}
