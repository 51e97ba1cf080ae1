package io.partnerportal.onboarding.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded default's data directory: the event store, the read models and the audit signing key. Whoever
 * reads it has every tenant's data, so it is made the owner's alone (rwx------) whenever a store opens it;
 * what lies inside cannot be reached through it by anyone else, whatever the files' own modes.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** Creates {@code directory} if need be and makes it the owner's alone, where the file system has POSIX modes. */
    public static Path ownerOnly(Path directory) {
        try {
            Files.createDirectories(directory);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create or protect the data directory " + directory, e);
        }
    }
}
