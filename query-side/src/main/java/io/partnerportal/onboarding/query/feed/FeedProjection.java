package io.partnerportal.onboarding.query.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.query.processing.ProjectionCounters;
import io.partnerportal.onboarding.query.processing.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;


/**
 * Gives every event a position in the feed — 1, 2, 3, … in the order this single-segment processor sees
 * them, without gaps — and writes its CloudEvents 1.0 entry. Each event gets one position, forever: a
 * re-delivered or replayed event finds its entry already there and is skipped, so a replay reproduces the
 * same positions and never renumbers.
 */
@Component
@ProcessingGroup(Projections.CUSTOMER_FEED)
class FeedProjection {

    private final FeedEntries feed;
    private final FeedEntryWriter entries;
    private final FeedHead head;
    private final ProjectionCounters counters;
    /** The last position given, as this instance knows it; -1 until read from the store. */
    private long position = -1;

    FeedProjection(FeedEntries feed, FeedEntryWriter entries, FeedHead head, MeterRegistry metrics) {
        this.feed = feed;
        this.entries = entries;
        this.head = head;
        this.counters = ProjectionCounters.of(metrics, Projections.CUSTOMER_FEED);
    }

    @EventHandler
    void on(CustomerEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        if (event instanceof CustomerAdded added) {
            feed.recordOwner(added.customerId(), new FeedEntries.Owner(added.partnerId(), added.associatedResellerId()));
        }
        if (feed.contains(message.getIdentifier())) {
            counters.skipped().increment();
            return;
        }
        var owner = feed.ownerOf(event.customerId()).orElse(new FeedEntries.Owner(null, null));
        String type = EventTypes.of(event.getClass());
        if (position < 0) {
            position = feed.head();
        }
        while (true) {
            long next = position + 1;
            var indexed = new FeedEntries.Indexed(message.getIdentifier(), type, event.customerId(), owner,
                    (String) message.getMetaData().get(Attribution.ACTOR), message.getTimestamp());
            switch (feed.append(next, indexed, entries.entry(next, event, message, sequence, owner))) {
                case APPENDED -> {
                    position = next;
                    counters.applied().increment();
                    head.advancedTo(position);
                    return;
                }
                case ALREADY_IN_FEED -> {
                    counters.skipped().increment();
                    return;
                }
                // Another instance held the segment since this one last wrote: read the head again.
                case POSITION_TAKEN -> position = feed.head();
            }
        }
    }
}
