package io.partnerportal.onboarding.platform.storage;

import org.h2.mvstore.MVStore;

/**
 * One round of the compaction H2's background writer makes, for the embedded default's two files, which run
 * without that writer (the event store writes each commit at once, the read models commit whole snapshots).
 * Each commit writes the pages it changed to a new chunk, and a chunk's space is written over only when none of
 * its pages is live; a round moves the last live pages of the emptiest chunks into the next commit (ADR 18).
 * The caller runs it where no commit can race it, and about once a second.
 */
public final class H2Compaction {

    /** A round runs when the file's chunks are less live than this. */
    static final int TARGET_FILL_RATE = 50;
    /** At most this much live data moved per round, so that a round holds the commits back for milliseconds. */
    static final int WRITE_LIMIT_BYTES = 4 << 20;

    private H2Compaction() {
    }

    /** Moves live pages out of sparse chunks (only those past H2's retention window); the next commit writes them. */
    public static void round(MVStore store) {
        store.compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES);
    }
}
