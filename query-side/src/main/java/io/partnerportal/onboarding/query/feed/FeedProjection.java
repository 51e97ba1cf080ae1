package io.partnerportal.onboarding.query.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.query.processing.PendingWrites;
import io.partnerportal.onboarding.query.processing.ProjectionCounters;
import io.partnerportal.onboarding.query.processing.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Gives every event a position in the feed — 1, 2, 3, … in the order this single-segment processor sees
 * them, without gaps — and writes its CloudEvents 1.0 entry. Each event gets one position, forever: a
 * re-delivered or replayed event finds its entry already there and is skipped, so a replay reproduces the
 * same positions and never renumbers. A batch's entries are written together when the batch ends
 * ({@link NewEntries}).
 */
@Component
@ProcessingGroup(Projections.CUSTOMER_FEED)
class FeedProjection {

    private final FeedEntries feed;
    private final FeedEntryWriter entries;
    private final FeedHead head;
    private final ProjectionCounters counters;
    /** The last position written, as this instance knows it; -1 until read from the store. */
    private long position = -1;

    FeedProjection(FeedEntries feed, FeedEntryWriter entries, FeedHead head, MeterRegistry metrics) {
        this.feed = feed;
        this.entries = entries;
        this.head = head;
        this.counters = ProjectionCounters.of(metrics, Projections.CUSTOMER_FEED);
    }

    @EventHandler
    void on(CustomerEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        PendingWrites.hold(NewEntries.class, () -> new NewEntries(PendingWrites.batchOr(message)), batch -> {
            if (event instanceof CustomerAdded added) {
                batch.recordOwner(added.customerId(), new FeedEntries.Owner(added.partnerId(), added.associatedResellerId()));
            }
            if (batch.contains(message.getIdentifier())) {
                counters.skipped().increment();
                return;
            }
            var owner = batch.ownerOf(event.customerId()).orElse(new FeedEntries.Owner(null, null));
            long next = batch.nextPosition();
            var indexed = new FeedEntries.Indexed(message.getIdentifier(), EventTypes.of(event.getClass()),
                    event.customerId(), owner, (String) message.getMetaData().get(Attribution.ACTOR), message.getTimestamp());
            batch.append(new FeedEntries.Entry(next, indexed, entries.entry(next, event, message, sequence, owner)));
        });
    }

    /**
     * The entries and owners a batch adds, written when it ends: the owners first, then the entries in position
     * order. Which of the batch's events the feed holds already, and the owners of their customers, are read for
     * the whole batch in one query each. If the write fails, this instance forgets its head and reads it again
     * for the retried batch: another instance may have held the segment and written since.
     */
    private final class NewEntries implements PendingWrites {

        private final Map<String, FeedEntries.Owner> recorded = new LinkedHashMap<>();
        private final List<FeedEntries.Entry> appended = new ArrayList<>();
        /** The batch's events that have an entry, stored or appended here. */
        private final Set<String> inFeed;
        private final Map<String, FeedEntries.Owner> owners;

        NewEntries(List<? extends Message<?>> batch) {
            inFeed = new HashSet<>(feed.containing(batch.stream().map(Message::getIdentifier).toList()));
            owners = feed.ownersOf(batch.stream().filter(DomainEventMessage.class::isInstance)
                    .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier()).distinct().toList());
        }

        void recordOwner(String customerId, FeedEntries.Owner owner) {
            recorded.put(customerId, owner);
        }

        Optional<FeedEntries.Owner> ownerOf(String customerId) {
            return Optional.ofNullable(recorded.getOrDefault(customerId, owners.get(customerId)));
        }

        boolean contains(String eventId) {
            return inFeed.contains(eventId);
        }

        long nextPosition() {
            if (!appended.isEmpty()) {
                return appended.getLast().position() + 1;
            }
            if (position < 0) {
                position = feed.head();
            }
            return position + 1;
        }

        void append(FeedEntries.Entry entry) {
            appended.add(entry);
            inFeed.add(entry.fields().eventId());
        }

        @Override
        public void flush() {
            try {
                feed.recordOwners(recorded);
                feed.appendAll(appended);
            } catch (RuntimeException e) {
                position = -1;
                throw e;
            }
            recorded.clear();
            if (!appended.isEmpty()) {
                position = appended.getLast().position();
                counters.applied().increment(appended.size());
                appended.clear();
                head.advancedTo(position);
            }
        }
    }
}
