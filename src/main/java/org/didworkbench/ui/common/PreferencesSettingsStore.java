package org.didworkbench.ui.common;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A {@link SettingsStore} over {@link Preferences}: the user's own settings, per machine. */
public final class PreferencesSettingsStore implements SettingsStore {
    private final Preferences node;

    public PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    /** The workbench's node under the user's preferences. */
    public static PreferencesSettingsStore forUser() {
        return new PreferencesSettingsStore(Preferences.userRoot().node("org/didworkbench/workbench"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            // Preferences refuse values over 8 KB; a longer one is not worth remembering.
            node.put(key, value.length() > Preferences.MAX_VALUE_LENGTH ? "" : value);
        }
    }

    @Override
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: losing them must never stop the window from closing.
        }
    }
}
