package org.didworkbench.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Plain words for why a file could not be read. */
final class IoWords {
    private IoWords() {
    }

    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it cannot be found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
