package io.partnerportal.onboarding.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import io.partnerportal.onboarding.kernel.audit.Checkpoint;
import io.partnerportal.onboarding.kernel.audit.MerkleTree;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.query.feed.FeedEntries;
import io.partnerportal.onboarding.query.feed.FeedEntryWriter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the event store against the audit log: every leaf is written again from the event it stands for,
 * read from the event store itself (not from the feed or the read models), and compared with the leaf the
 * log holds; the root of the leaves written again is compared with the latest checkpoint's. A changed
 * payload or metadata, or a removed event, is named by its position.
 */
@Component
class AuditIntegrity {

    private final EventStore eventStore;
    private final FeedEntries feed;
    private final FeedEntryWriter entries;
    private final AuditLog audit;

    AuditIntegrity(EventStore eventStore, FeedEntries feed, FeedEntryWriter entries, AuditLog audit) {
        this.eventStore = eventStore;
        this.feed = feed;
        this.entries = entries;
        this.audit = audit;
    }

    /** The first position that does not hold, and why. */
    @Schema(name = "AuditMismatch")
    record Mismatch(long position, String eventId, String reason) {
    }

    @Schema(name = "AuditIntegrity", description = "The log checked against the event store through the latest "
            + "checkpoint: `ok` when every leaf and the root hold, else the first position that does not.")
    record Result(long verifiedThrough, long treeSize, String rootHash, boolean ok, Mismatch firstMismatch) {
    }

    Result check() {
        String note = audit.latestCheckpoint().orElse(null);
        if (note == null) {
            return new Result(0, 0, Base64.getEncoder().encodeToString(MerkleTree.rootOf(List.of())), true, null);
        }
        Checkpoint checkpoint = Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
        long size = checkpoint.size();
        Map<String, Long> positions = positionsThrough(size);
        Map<Long, String> eventIds = new HashMap<>();
        positions.forEach((eventId, position) -> eventIds.put(position, eventId));
        Map<Long, byte[]> written = writeAgainFromTheEventStore(positions);

        var leaves = new ArrayList<byte[]>();
        Mismatch first = null;
        long verifiedThrough = 0;
        for (long position = 1; position <= size; position++) {
            byte[] leaf = written.get(position);
            String eventId = eventIds.get(position);
            if (leaf == null) {
                first = first != null ? first : new Mismatch(position, eventId, "the event store has no event " + eventId);
                leaf = new byte[32];
            } else if (!Arrays.equals(leaf, audit.tree().hash(position - 1, 1))) {
                first = first != null ? first : new Mismatch(position, eventId,
                        "the event in the event store is not the one the log recorded at this position");
            }
            if (first == null) {
                verifiedThrough = position;
            }
            leaves.add(leaf);
        }
        byte[] root = MerkleTree.rootOf(leaves);
        boolean ok = first == null && Arrays.equals(root, checkpoint.root());
        if (first == null && !ok) {
            first = new Mismatch(0, null, "the log's leaves match the event store but not the latest checkpoint's root");
        }
        return new Result(verifiedThrough, size, Base64.getEncoder().encodeToString(root), ok, first);
    }

    private Map<String, Long> positionsThrough(long size) {
        var positions = new HashMap<String, Long>();
        long after = 0;
        while (after < size) {
            Map<Long, String> page = feed.eventIds(after, 1000);
            if (page.isEmpty()) {
                break;
            }
            for (var entry : page.entrySet()) {
                if (entry.getKey() <= size) {
                    positions.put(entry.getValue(), entry.getKey());
                }
                after = entry.getKey();
            }
        }
        return positions;
    }

    /** Every event of the log, read from the event store in its order, written again as its feed entry would be. */
    private Map<Long, byte[]> writeAgainFromTheEventStore(Map<String, Long> positions) {
        var leaves = new HashMap<Long, byte[]>();
        var owners = new HashMap<String, FeedEntries.Owner>();
        try (var stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                if (!(message.getPayload() instanceof CustomerEvent event) || !(message instanceof DomainEventMessage<?> domain)) {
                    continue;
                }
                if (event instanceof CustomerAdded added) {
                    owners.put(added.customerId(), new FeedEntries.Owner(added.partnerId(), added.associatedResellerId()));
                }
                Long position = positions.get(message.getIdentifier());
                if (position != null) {
                    String entry = entries.entry(position, event, message, domain.getSequenceNumber(),
                            owners.getOrDefault(event.customerId(), new FeedEntries.Owner(null, null)));
                    leaves.put(position, MerkleTree.leafHash(entry.getBytes(StandardCharsets.UTF_8)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
        return leaves;
    }
}
