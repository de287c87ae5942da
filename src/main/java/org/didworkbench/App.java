package org.didworkbench;

import org.didworkbench.service.ImportService;
import org.didworkbench.service.ProfileCatalogue;
import org.didworkbench.service.ReferenceService;
import org.didworkbench.service.ValidateService;

/** The composition root: builds every service once, with {@code new}. */
public final class App {
    private final ProfileCatalogue profiles;
    private final ImportService imports;
    private final ValidateService validate;

    public App() {
        this.profiles = ProfileCatalogue.builtIn();
        this.imports = new ImportService(profiles, new ReferenceService());
        this.validate = new ValidateService(imports);
    }

    public ProfileCatalogue profiles() {
        return profiles;
    }

    public ImportService importService() {
        return imports;
    }

    public ValidateService validateService() {
        return validate;
    }
}
