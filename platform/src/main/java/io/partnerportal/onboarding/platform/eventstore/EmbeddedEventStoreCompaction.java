package io.partnerportal.onboarding.platform.eventstore;

import io.partnerportal.onboarding.platform.storage.H2Compaction;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the embedded H2 event store's file from growing with every write. Each commit writes the pages it
 * changed to a new chunk of the file ({@code WRITE_DELAY=0}), and a chunk's space comes back only when none of
 * its pages is live any more. H2 moves the last live pages out of sparse chunks in its background writer,
 * which {@code WRITE_DELAY=0} switches off. So this class does that work, once a second, between two commits
 * ({@link OneCommitAtATime}): the pages it moves are written by the next commit, and no commit races it.
 * Measured over 31,000 customers added under load: the chunks took 1.3 GB at 9 % live without it, 0.28 GB at
 * 42 % with it (docs/performance.md).
 */
final class EmbeddedEventStoreCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEventStoreCompaction.class);

    private final DataSource dataSource;
    private final OneCommitAtATime commits;
    /** The database's store, found at the first round (the database opens with the first connection), and
     *  again if the database was closed since. */
    private MVStore store;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("embedded-eventstore-compaction").factory());

    EmbeddedEventStoreCompaction(DataSource dataSource, OneCommitAtATime commits, Duration every) {
        this.dataSource = dataSource;
        this.commits = commits;
        timer.scheduleWithFixedDelay(this::compactOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round ({@link H2Compaction}), between two commits; rounds run one at a time (the timer's thread). */
    void compactOnce() {
        try {
            if (store == null || store.isClosed()) {
                try (Connection connection = dataSource.getConnection()) {
                    store = mvStoreOf(connection);
                }
            }
            commits.betweenCommits(() -> H2Compaction.round(store));
        } catch (SQLException | RuntimeException e) {
            // A round that fails leaves the file as it was; the next one tries again.
            log.warn("Compacting the embedded event store failed; will try again", e);
        }
    }

    /** The MVStore under an embedded H2 connection: H2 has no SQL for compacting a database that is open. */
    static MVStore mvStoreOf(Connection connection) throws SQLException {
        var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    @Override
    public void close() throws InterruptedException {
        // Never interrupt a round: an interrupted write would close H2's file channel.
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
