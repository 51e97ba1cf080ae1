package io.partnerportal.onboarding.kernel.audit;

import java.util.Base64;

/**
 * A C2SP {@code tlog-checkpoint}: the log's origin, its size and its root hash, one per line. Signed as a
 * {@link SignedNote}, it is what an auditor keeps to hold the log to what it showed.
 */
public record Checkpoint(String origin, long size, byte[] root) {

    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** The checkpoint in a note's text (its first three lines; further lines are extensions). */
    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3) {
            throw new IllegalArgumentException("a checkpoint has an origin, a size and a root hash, one per line");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
    }
}
