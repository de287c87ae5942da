package org.didworkbench.service;

import java.util.List;

import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.rules.did.DidV1Profile;

/** The submission profiles this build knows. */
public final class ProfileCatalogue {
    private final List<Profile> profiles;

    public ProfileCatalogue(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** The built-in profiles. */
    public static ProfileCatalogue builtIn() {
        return new ProfileCatalogue(List.of(DidV1Profile.create()));
    }

    public List<Profile> profiles() {
        return profiles;
    }

    /**
     * The profile with this id, or the default profile when the id is null (detection: DID v1 is the
     * only layout of this build).
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
        StringBuilder known = new StringBuilder();
        for (Profile p : profiles) {
            known.append(known.length() == 0 ? "" : ", ").append(p.id());
        }
        throw new ServiceException("Unknown profile '" + id + "'. Known profiles: " + known + ".");
    }
}
