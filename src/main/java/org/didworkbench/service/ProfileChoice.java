package org.didworkbench.service;

import java.nio.file.Path;
import java.util.Objects;

import org.didworkbench.domain.dataset.Profile;

/**
 * The profile a submission is checked with and how it was chosen.
 *
 * @param profile the profile
 * @param origin  built in, or read from a profile file
 * @param file    the profile file, when read from one (else null)
 * @param json    the profile file's text, when read from one, so a workspace can be reopened without it (else null)
 * @param reason  how it was chosen, in plain English (e.g. "chosen with --profile", "detected: the header row
 *                names the items of DIDS v2.0 (provisional)")
 */
public record ProfileChoice(Profile profile, ProfileCatalogue.Origin origin, Path file, String json, String reason) {
    public ProfileChoice {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    /** "built-in", "built-in, provisional", "file my-trust.json" or "file my-trust.json, provisional". */
    public String status() {
        String where = origin == ProfileCatalogue.Origin.BUILT_IN ? "built-in"
                : "file " + (file == null ? "" : file.getFileName());
        return profile.provisional() ? where + ", provisional" : where;
    }
}
