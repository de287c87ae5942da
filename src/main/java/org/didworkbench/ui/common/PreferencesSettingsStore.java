package org.didworkbench.ui.common;

import java.io.File;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * A {@link SettingsStore} over {@link Preferences}: the user's own settings, per machine (the
 * registry on Windows, a property list on macOS, an XML file under {@code ~/.java/.userPrefs/} on
 * Linux).
 */
public final class PreferencesSettingsStore implements SettingsStore {
    private static final String NODE = "org/didworkbench/workbench";
    private final Preferences node;
    private final String problem;

    public PreferencesSettingsStore(Preferences node) {
        this(node, null);
    }

    private PreferencesSettingsStore(Preferences node, String problem) {
        this.node = node;
        this.problem = problem;
    }

    /**
     * The workbench's node under the user's preferences. Java reads a damaged preferences file as
     * empty and moves it aside as {@code IncorrectFormatPrefs.xml} (logging only a warning), so the
     * window starts with its defaults; this notices that move, so the window can say so once.
     */
    public static PreferencesSettingsStore forUser() {
        File dir = userNodeFolder();
        File aside = dir == null ? null : new File(dir, "IncorrectFormatPrefs.xml");
        long before = aside == null ? 0 : aside.lastModified();
        Preferences node = Preferences.userRoot().node(NODE);
        String problem = null;
        try {
            node.keys(); // the first read of the node loads (and, when damaged, moves aside) the file
            if (aside != null && aside.isFile() && aside.lastModified() != before) {
                problem = "The saved window settings in " + new File(dir, "prefs.xml") + " could not be read (not a"
                        + " valid preferences file); they were moved to " + aside.getName() + " beside it and the"
                        + " defaults apply.";
            }
        } catch (BackingStoreException | RuntimeException e) {
            problem = "The saved window settings could not be read (" + e.getClass().getSimpleName() + "); the"
                    + " defaults apply.";
        }
        return new PreferencesSettingsStore(node, problem);
    }

    /** Where Java keeps this node's file on Linux and other Unix systems (null on Windows and macOS). */
    private static File userNodeFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return null;
        }
        String root = System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"));
        return root == null ? null : new File(new File(root, ".java/.userPrefs"), NODE);
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
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
