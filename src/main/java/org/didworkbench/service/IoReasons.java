package org.didworkbench.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Plain words for why a file could not be written. */
final class IoReasons {
    private IoReasons() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied. Choose a folder you may write to.";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist.";
        }
        String m = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("space")) {
            return "the disk is full. Free some space and try again.";
        }
        return (m == null ? e.getClass().getSimpleName() : m.strip()) + ".";
    }
}
