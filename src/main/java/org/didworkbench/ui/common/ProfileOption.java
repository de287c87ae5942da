package org.didworkbench.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.didworkbench.service.ProfileCatalogue;

/**
 * One entry of the Open dialog's "Layout" choice: detect, a built-in profile, or a profile file.
 *
 * @param value       what goes into {@link OpenOptions#profile()}: null to detect, a built-in id, or a file path
 * @param label       the words shown
 * @param provisional whether the profile is provisional (shown with the label)
 */
public record ProfileOption(String value, String label, boolean provisional) {
    /** Detect the layout from the file, as the command line does without --profile. */
    public static final ProfileOption DETECT = new ProfileOption(null, "Automatic (detect from the file)", false);

    /** An entry for a profile file. */
    public static ProfileOption file(Path file) {
        return new ProfileOption(file.toAbsolutePath().normalize().toString(),
                "Profile file: " + file.getFileName(), false);
    }

    /** True for a profile file (rather than detect or a built-in profile). */
    public boolean isFile() {
        return value != null && ProfileCatalogue.namesFile(value);
    }

    /** The built-in profiles as options, in the catalogue's order. */
    public static List<ProfileOption> builtIns(ProfileCatalogue catalogue) {
        List<ProfileOption> out = new ArrayList<>();
        for (ProfileCatalogue.Entry e : catalogue.entries()) {
            out.add(new ProfileOption(e.profile().id(), e.profile().title(), e.profile().provisional()));
        }
        return out;
    }

    /** The option among {@code options} that {@code value} names, or a file option for an unlisted file. */
    public static ProfileOption find(List<ProfileOption> options, String value) {
        for (ProfileOption o : options) {
            if (java.util.Objects.equals(o.value, value)) {
                return o;
            }
        }
        return value != null && ProfileCatalogue.namesFile(value) ? file(Path.of(value)) : DETECT;
    }
}
