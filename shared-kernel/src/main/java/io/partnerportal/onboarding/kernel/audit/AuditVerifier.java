package io.partnerportal.onboarding.kernel.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's own check of an export, offline, with no access to any of the backend's stores:
 * <pre>
 * verify-audit --key KEY_FILE --checkpoint CHECKPOINT_FILE
 *              [--previous OLDER_CHECKPOINT_FILE --consistency PROOF_JSON_FILE] EXPORT.ndjson
 * </pre>
 * It checks the checkpoint's signature, recomputes the Merkle root from the export's lines (which must be
 * positions 1 to the checkpoint's size, in order) and, given an older checkpoint and the consistency proof
 * between the two, checks that the log only grew. Exit 0 when everything holds; otherwise 1, naming the first
 * bad entry or proof; 2 for a wrong call.
 */
public final class AuditVerifier {

    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"(from|to)\"\\s*:\\s*(\\d+)");
    private static final Pattern HASH = Pattern.compile("\"([A-Za-z0-9+/=]{40,})\"");

    private AuditVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The exit code: 0 verified, 1 not verified (the reason on {@code err}), 2 a wrong call. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path key = null;
        Path checkpoint = null;
        Path previous = null;
        Path consistency = null;
        Path export = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--key" -> key = Path.of(args[++i]);
                case "--checkpoint" -> checkpoint = Path.of(args[++i]);
                case "--previous" -> previous = Path.of(args[++i]);
                case "--consistency" -> consistency = Path.of(args[++i]);
                default -> export = Path.of(args[i]);
            }
        }
        if (key == null || checkpoint == null || export == null || (previous == null) != (consistency == null)) {
            err.println("usage: verify-audit --key KEY_FILE --checkpoint CHECKPOINT_FILE "
                    + "[--previous OLDER_CHECKPOINT_FILE --consistency PROOF_JSON_FILE] EXPORT.ndjson");
            return 2;
        }
        try {
            String verifierKey = Files.readString(key, StandardCharsets.UTF_8).strip();
            Checkpoint latest = Checkpoint.parse(SignedNote.open(Files.readString(checkpoint, StandardCharsets.UTF_8), verifierKey));
            out.println("checkpoint: signature by " + verifierKey.split("\\+", 3)[0] + " verified; " + latest.origin()
                    + ", " + latest.size() + " entries");

            List<byte[]> leaves = leaves(export, latest.size());
            byte[] root = MerkleTree.rootOf(leaves);
            if (!Arrays.equals(root, latest.root())) {
                err.println("NOT VERIFIED: the export's " + leaves.size() + " entries hash to root "
                        + Base64.getEncoder().encodeToString(root) + ", the checkpoint says "
                        + Base64.getEncoder().encodeToString(latest.root()) + ": an entry was changed, added or removed");
                return 1;
            }
            out.println("export: " + leaves.size() + " entries, root matches the checkpoint");

            if (previous != null) {
                Checkpoint older = Checkpoint.parse(SignedNote.open(Files.readString(previous, StandardCharsets.UTF_8), verifierKey));
                String proofJson = Files.readString(consistency, StandardCharsets.UTF_8);
                List<byte[]> proof = hashes(proofJson);
                if (!MerkleTree.verifyConsistency(older.size(), latest.size(), proof, older.root(), latest.root())) {
                    err.println("NOT VERIFIED: the consistency proof from " + older.size() + " to " + latest.size()
                            + " entries does not hold: the log did not only grow since the older checkpoint");
                    return 1;
                }
                out.println("consistency: the log of " + older.size() + " entries is a prefix of the log of "
                        + latest.size());
            }
            out.println("VERIFIED");
            return 0;
        } catch (BadEntry bad) {
            err.println("NOT VERIFIED: " + bad.getMessage());
            return 1;
        } catch (IllegalArgumentException | IOException e) {
            err.println("NOT VERIFIED: " + e.getMessage());
            return 1;
        }
    }

    /** The leaf hash of every line, checking that line n is the entry at position n. */
    private static List<byte[]> leaves(Path export, long expected) throws IOException {
        var leaves = new ArrayList<byte[]>();
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                long position = leaves.size() + 1;
                Matcher matcher = POSITION.matcher(line);
                if (!matcher.find() || Long.parseLong(matcher.group(1)) != position) {
                    throw new BadEntry("line " + position + " is not the entry at position " + position);
                }
                leaves.add(MerkleTree.leafHash(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (leaves.size() != expected) {
            throw new BadEntry("the export has " + leaves.size() + " entries; the checkpoint covers " + expected
                    + " (export from position 1 to the checkpoint's size)");
        }
        return leaves;
    }

    /** The hashes of a proof as the audit API answers it: {@code {"from":…, "to":…, "hashes":["<base64>", …]}}. */
    private static List<byte[]> hashes(String json) {
        if (!NUMBER.matcher(json).find()) {
            throw new IllegalArgumentException("the consistency proof is not {from, to, hashes}");
        }
        var hashes = new ArrayList<byte[]>();
        Matcher matcher = HASH.matcher(json.substring(json.indexOf("\"hashes\"")));
        while (matcher.find()) {
            hashes.add(Base64.getDecoder().decode(matcher.group(1)));
        }
        return hashes;
    }

    private static final class BadEntry extends RuntimeException {
        BadEntry(String message) {
            super(message);
        }
    }
}
