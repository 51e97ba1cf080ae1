package io.partnerportal.onboarding.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * C2SP signed notes with Ed25519: a text, a blank line, and signature lines {@code — <name> <base64(key id ‖
 * signature)>}, the key id being the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key). A verifier
 * key is shared as {@code <name>+<hex key id>+<base64(0x01 ‖ public key)>}.
 */
public final class SignedNote {

    private static final byte ED25519 = 0x01;
    private static final String DASH = "\u2014 ";
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo, before the 32 bytes of the key. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private SignedNote() {
    }

    /** {@code text} (which ends with a newline) signed by {@code name}'s key. */
    public static String sign(String text, String name, PrivateKey privateKey, PublicKey publicKey) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] signature = signer.sign();
            byte[] line = concat(keyId(name, raw(publicKey)), signature);
            return text + "\n" + DASH + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    public static String verifierKey(String name, PublicKey publicKey) {
        byte[] raw = raw(publicKey);
        return name + "+" + HexFormat.of().formatHex(keyId(name, raw)) + "+"
                + Base64.getEncoder().encodeToString(concat(new byte[]{ED25519}, raw));
    }

    /**
     * The note's text if {@code note} carries a valid signature by {@code verifierKey}; otherwise an exception
     * saying what is wrong.
     */
    public static String open(String note, String verifierKey) {
        String[] key = verifierKey.strip().split("\\+", 3);
        if (key.length != 3) {
            throw new IllegalArgumentException("the verifier key is not <name>+<key id>+<key>");
        }
        byte[] keyBytes = Base64.getDecoder().decode(key[2]);
        if (keyBytes.length != 33 || keyBytes[0] != ED25519) {
            throw new IllegalArgumentException("the verifier key is not an Ed25519 key");
        }
        byte[] raw = Arrays.copyOfRange(keyBytes, 1, 33);
        byte[] id = keyId(key[0], raw);
        if (!HexFormat.of().formatHex(id).equals(key[1])) {
            throw new IllegalArgumentException("the verifier key's id does not match its name and key");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("the note has no signatures");
        }
        String text = note.substring(0, split + 1);
        for (String line : note.substring(split + 2).split("\n")) {
            String prefix = DASH + key[0] + " ";
            if (!line.startsWith(prefix)) {
                continue;
            }
            byte[] signed = Base64.getDecoder().decode(line.substring(prefix.length()).strip());
            if (signed.length != 68 || !Arrays.equals(Arrays.copyOf(signed, 4), id)) {
                continue;
            }
            if (verify(text, raw, Arrays.copyOfRange(signed, 4, 68))) {
                return text;
            }
            throw new IllegalArgumentException("the note's signature by " + key[0] + " does not verify");
        }
        throw new IllegalArgumentException("the note is not signed by " + key[0]);
    }

    private static boolean verify(String text, byte[] rawKey, byte[] signature) {
        try {
            PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, rawKey)));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] keyId(String name, byte[] rawKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x0A);
            digest.update(ED25519);
            digest.update(rawKey);
            return Arrays.copyOf(digest.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32 bytes of an Ed25519 public key, from its X.509 encoding. */
    static byte[] raw(PublicKey publicKey) {
        byte[] encoded = publicKey.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
