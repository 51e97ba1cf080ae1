package io.partnerportal.onboarding.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's embedded event store, whose projections all read the newest events from one shared stream: one thread
 * reads the database for them and keeps the last events in memory (ADR 19). Axon wakes that thread when this
 * process commits events; {@link #lookForNewEvents()} wakes it for events committed elsewhere (another process
 * announced them), which Axon would otherwise find only at its next poll.
 */
public final class SharedEventStream extends EmbeddedEventStore {

    SharedEventStream(Builder builder) {
        super(builder);
    }

    /** Events may have been committed: read the database for them now rather than at the next poll. */
    public void lookForNewEvents() {
        // Axon's own wake-up after a commit; the events themselves are read from the database, not taken from here.
        afterCommit(List.of());
    }
}
