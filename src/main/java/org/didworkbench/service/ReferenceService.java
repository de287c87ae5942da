package org.didworkbench.service;

import java.nio.file.Files;
import java.nio.file.Path;

import org.didworkbench.domain.reference.ReferenceData;
import org.didworkbench.io.reference.ReferenceDataException;
import org.didworkbench.io.reference.ReferenceFolderLoader;

/** Loads the user's reference data folder. */
public final class ReferenceService {

    /**
     * Loads reference data from a folder.
     *
     * @param folder the folder, or null for none
     * @return what was found; kinds with no files are absent (their rules are not checked)
     */
    public ReferenceData load(Path folder) throws ServiceException {
        if (folder == null) {
            return ReferenceData.none();
        }
        if (!Files.isDirectory(folder)) {
            throw new ServiceException("The reference data folder " + folder + " does not exist or is not a folder.");
        }
        try {
            return ReferenceFolderLoader.load(folder);
        } catch (ReferenceDataException e) {
            throw new ServiceException("Reference data: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new ServiceException("The reference data in " + folder + " could not be read ("
                    + e.getClass().getSimpleName() + "). Check the folder and its files.", e);
        }
    }
}
