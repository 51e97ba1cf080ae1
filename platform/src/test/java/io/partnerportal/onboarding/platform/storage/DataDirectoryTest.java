package io.partnerportal.onboarding.platform.storage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The data directory of the embedded default")
class DataDirectoryTest {

    @Test
    @DisplayName("is made, and made the owner's alone, even when it was open to everyone")
    void ownerOnly(@TempDir Path parent) throws Exception {
        Path fresh = DataDirectory.ownerOnly(parent.resolve("data"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");

        Path open = Files.createDirectory(parent.resolve("open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        DataDirectory.ownerOnly(open);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rwx------");
    }
}
