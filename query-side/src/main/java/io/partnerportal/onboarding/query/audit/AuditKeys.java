package io.partnerportal.onboarding.query.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The Ed25519 key that signs checkpoints: read from a PKCS#8 file (PEM or DER), or made and kept in one. */
final class AuditKeys {

    private AuditKeys() {
    }

    static KeyPair load(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            if (text.contains("-----BEGIN")) {
                bytes = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
            }
            var privateKey = (EdECPrivateKey) KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(bytes));
            byte[] seed = privateKey.getBytes().orElseThrow();
            // The public key follows from the seed: generate the pair again from it.
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new Seed(seed));
            return generator.generateKeyPair();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit signing key " + file, e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The audit signing key " + file + " is not an Ed25519 key in PKCS#8", e);
        }
    }

    /** Makes a key and writes it as PKCS#8 PEM, readable by the owner only. */
    static KeyPair create(Path file) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Another file system keeps its own permissions.
            }
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands the key generator exactly the seed it was given. */
    private static final class Seed extends SecureRandom {
        private final byte[] seed;

        Seed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
