package org.didworkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.profile.ProfileBinder;
import org.didworkbench.domain.profile.ProfileDefinitionException;
import org.didworkbench.domain.rules.did.DidRuleKinds;
import org.didworkbench.io.ProfileDetector;
import org.didworkbench.io.SubmissionFileException;
import org.didworkbench.io.profile.ProfileFiles;

/**
 * The submission profiles this build knows, and profile files chosen by the user. The built-in
 * profiles are profile files too ({@code /org/didworkbench/profiles/*.json}), bound through the same
 * rule kinds a provider's own file uses; DID v1's file is proven to give exactly the issues of
 * {@link org.didworkbench.domain.rules.did.DidV1Profile} (DidV1ProfileFileTest). Immutable.
 */
public final class ProfileCatalogue {
    /** Where a profile comes from. */
    public enum Origin {
        BUILT_IN, FILE;

        public String label() {
            return this == BUILT_IN ? "built-in" : "file";
        }
    }

    /** The built-in profile files, in the order detection prefers them (the first is the default). */
    static final List<String> BUILT_IN = List.of("did-v1.json", "dids-v2.json");
    private static final String RESOURCES = "/org/didworkbench/profiles/";

    private final List<Profile> profiles;
    private final ProfileBinder binder;

    /** A catalogue of these profiles, all counted as built in; files are bound with the standard rule kinds. */
    public ProfileCatalogue(List<Profile> profiles) {
        this(profiles, new ProfileBinder(DidRuleKinds.registry()));
    }

    private ProfileCatalogue(List<Profile> profiles, ProfileBinder binder) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one profile");
        }
        this.profiles = List.copyOf(profiles);
        this.binder = binder;
    }

    /** The built-in profiles, read from the profile files inside the application. */
    public static ProfileCatalogue builtIn() {
        ProfileBinder binder = new ProfileBinder(DidRuleKinds.registry());
        List<Profile> list = new ArrayList<>();
        for (String name : BUILT_IN) {
            list.add(builtIn(name, binder));
        }
        return new ProfileCatalogue(list, binder);
    }

    /** The text of a built-in profile file. */
    public static String builtInText(String fileName) {
        try (InputStream in = ProfileCatalogue.class.getResourceAsStream(RESOURCES + fileName)) {
            if (in == null) {
                throw new IllegalStateException("the built-in profile " + fileName + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the built-in profile " + fileName + " cannot be read", e);
        }
    }

    private static Profile builtIn(String name, ProfileBinder binder) {
        try {
            return ProfileFiles.bind("built-in " + name, builtInText(name), binder);
        } catch (ProfileDefinitionException e) {
            // A broken built-in profile is a defect of the build, caught by its tests.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public List<Profile> profiles() {
        return profiles;
    }

    /** The binder profile files are bound with (its registry lists the rule kinds). */
    public ProfileBinder binder() {
        return binder;
    }

    /**
     * The built-in profile with this id (any case).
     *
     * @throws ServiceException naming the known profiles when there is none
     */
    public Profile resolve(String id) throws ServiceException {
        if (id == null) {
            return profiles.get(0);
        }
        for (Profile p : profiles) {
            if (p.id().equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new ServiceException("Unknown profile '" + id + "'. Known profiles: " + ids()
                + "; or name a profile file ending .json.");
    }

    private String ids() {
        StringBuilder known = new StringBuilder();
        for (Profile p : profiles) {
            known.append(known.length() == 0 ? "" : ", ").append(p.id());
        }
        return known.toString();
    }

    /** True when a --profile value names a file rather than a built-in id. */
    public static boolean namesFile(String value) {
        return value.toLowerCase(Locale.ROOT).endsWith(".json") || value.contains("/") || value.contains("\\");
    }

    /**
     * Reads and binds a profile file.
     *
     * @throws ServiceException when the file cannot be read, or listing every mistake in it with its line
     */
    public ProfileChoice load(Path file, String reason) throws ServiceException {
        String text;
        try {
            text = ProfileFiles.text(file);
        } catch (IOException e) {
            throw new ServiceException("The profile file " + file + " cannot be read: " + IoWords.of(e), e);
        }
        return new ProfileChoice(bindText(file.getFileName().toString(), text), Origin.FILE, file.toAbsolutePath(),
                text, reason);
    }

    /** Binds a profile file's text (kept in a workspace). */
    public Profile bindText(String source, String json) throws ServiceException {
        try {
            return ProfileFiles.bind(source, json, binder);
        } catch (ProfileDefinitionException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /**
     * The profile for a submission: the one named (a built-in id or a profile file), or, when none is
     * named, the one detected from the file's first rows.
     *
     * @param named  the --profile value, or null to detect
     * @param source the submission file
     */
    public ProfileChoice choose(String named, Path source) throws ServiceException {
        if (named != null && namesFile(named)) {
            return load(Path.of(named), "chosen: the profile file " + Path.of(named).getFileName());
        }
        if (named != null) {
            return new ProfileChoice(resolve(named), Origin.BUILT_IN, null, null, "chosen by name");
        }
        try {
            ProfileDetector.Detection d = ProfileDetector.detect(source, profiles);
            return new ProfileChoice(d.profile(), Origin.BUILT_IN, null, null, "detected: " + d.reason());
        } catch (SubmissionFileException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** A listing entry: the profile, where it comes from, and its status in words. */
    public record Entry(Profile profile, Origin origin, String status) {
    }

    /** The built-in profiles as listing entries. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Profile p : profiles) {
            out.add(new Entry(p, Origin.BUILT_IN, p.provisional() ? "built-in, provisional" : "built-in"));
        }
        return out;
    }
}
