package io.partnerportal.onboarding.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.partnerportal.onboarding.kernel.audit.Checkpoint;
import io.partnerportal.onboarding.kernel.audit.MerkleTree;
import io.partnerportal.onboarding.kernel.audit.SignedNote;
import io.partnerportal.onboarding.query.feed.FeedEntries;
import io.partnerportal.onboarding.query.feed.FeedHead;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The verifiable log over the event feed (RFC 9162, C2SP): it follows the feed, adding each entry's leaf to
 * the Merkle tree, and signs and keeps checkpoints of the tree — at least every minute and every N entries
 * — so that an auditor can prove, with nothing but the entries, a checkpoint and the log's public key, that
 * the history shown is the history that was recorded, and that it only ever grew.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
public class AuditLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    /** Feed positions read at once: one bounded read of the feed per 4,096 leaves. */
    private static final int WINDOW = 4096;

    private final FeedEntries feed;
    private final FeedHead head;
    private final AuditTree tree;
    private final MongoCollection<Document> checkpoints;
    private final AuditProperties properties;
    private final KeyPair key;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running;
    private Thread worker;
    private Instant lastCheckpointAt = Instant.EPOCH;

    AuditLog(FeedEntries feed, FeedHead head, MongoDatabase readModelDatabase, AuditProperties properties,
             @Value("${onboarding.data-dir}") Path dataDir) {
        this.feed = feed;
        this.head = head;
        this.tree = new AuditTree(readModelDatabase);
        this.checkpoints = readModelDatabase.getCollection("audit_checkpoints");
        this.properties = properties;
        this.key = signingKey(properties, dataDir);
    }

    private static KeyPair signingKey(AuditProperties properties, Path dataDir) {
        if (properties.signingKeyFile() != null && !properties.signingKeyFile().toString().isBlank()) {
            return AuditKeys.load(properties.signingKeyFile());
        }
        Path file = dataDir.resolve("audit-signing-key.pem");
        if (java.nio.file.Files.exists(file)) {
            return AuditKeys.load(file);
        }
        log.warn("No AUDIT_SIGNING_KEY_FILE: made a new audit signing key in {} (the embedded default). Keep it: "
                + "checkpoints are only as good as the secrecy of this key.", file.toAbsolutePath());
        return AuditKeys.create(file);
    }

    public String origin() {
        return properties.origin();
    }

    public String verifierKey() {
        return SignedNote.verifierKey(properties.origin(), key.getPublic());
    }

    public long size() {
        return tree.size();
    }

    public MerkleTree.Subtrees tree() {
        return tree;
    }

    /** The newest checkpoint kept, or none before the first entry. */
    public Optional<String> latestCheckpoint() {
        return Optional.ofNullable(checkpoints.find().sort(Sorts.descending("_id")).limit(1).first())
                .map(document -> document.getString("note"));
    }

    /** The checkpoint kept for exactly {@code size} entries, if one was taken. */
    public Optional<String> checkpointOf(long size) {
        return Optional.ofNullable(checkpoints.find(Filters.eq("_id", size)).first()).map(document -> document.getString("note"));
    }

    /** Adds the feed's new entries to the tree, a window of positions at a time; takes a checkpoint when one is due. */
    synchronized void catchUp() {
        long size = tree.size();
        long taken = latestSize();
        while (true) {
            List<FeedEntries.Stored> window = feed.window(size, size + WINDOW, null);
            for (var entry : window) {
                if (entry.position() != size + 1) {
                    throw new IllegalStateException("the feed has no entry at position " + (size + 1));
                }
                tree.append(MerkleTree.leafHash(entry.json().getBytes(StandardCharsets.UTF_8)));
                size++;
                if (size - taken >= properties.checkpointEvery()) {
                    tree.flush();
                    taken = checkpoint(size);
                }
            }
            tree.flush();
            if (window.size() < WINDOW) {
                break;
            }
        }
        if (size > taken && Duration.between(lastCheckpointAt, clock.instant()).compareTo(properties.checkpointInterval()) >= 0) {
            checkpoint(size);
        }
    }

    private long checkpoint(long size) {
        String note = SignedNote.sign(new Checkpoint(properties.origin(), size, MerkleTree.root(tree, size)).text(),
                properties.origin(), key.getPrivate(), key.getPublic());
        checkpoints.replaceOne(Filters.eq("_id", size), new Document("_id", size).append("note", note)
                .append("takenAt", java.util.Date.from(clock.instant())), new ReplaceOptions().upsert(true));
        lastCheckpointAt = clock.instant();
        return size;
    }

    private long latestSize() {
        Document latest = checkpoints.find().sort(Sorts.descending("_id")).limit(1).first();
        return latest == null ? 0 : ((Number) latest.get("_id")).longValue();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("audit-log").daemon().start(() -> {
            while (running) {
                try {
                    catchUp();
                    head.changes(Duration.ofSeconds(1)).next().block(Duration.ofSeconds(5));
                } catch (RuntimeException e) {
                    if (running) {
                        log.warn("The audit log could not follow the feed; trying again: {}", e.toString());
                        sleep();
                    }
                }
            }
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
