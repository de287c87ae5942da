package org.didworkbench.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link SettingsStore} that forgets everything at exit: for tests and for a private run. */
public final class InMemorySettingsStore implements SettingsStore {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }
}
