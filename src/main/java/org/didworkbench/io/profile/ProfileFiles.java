package org.didworkbench.io.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.profile.ProfileBinder;
import org.didworkbench.domain.profile.ProfileDefinitionException;

/** Reads and binds profile files in one step. Stateless. */
public final class ProfileFiles {
    private ProfileFiles() {
    }

    /** A profile file's text (UTF-8), as kept in a workspace so it can be reopened without the file. */
    public static String text(Path file) throws IOException {
        if (Files.size(file) > ProfileFileReader.MAX_BYTES) {
            throw new IOException("the profile file " + file.getFileName() + " is larger than 8 MB");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads and binds a profile.
     *
     * @param source the file name, for messages
     * @param json   the file's text
     * @throws ProfileDefinitionException every mistake, with file and line
     */
    public static Profile bind(String source, String json, ProfileBinder binder) throws ProfileDefinitionException {
        return binder.bind(ProfileFileReader.read(source, json));
    }
}
