package io.partnerportal.onboarding.platform.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The event store's shared stream of new events (ADR 19)")
class SharedEventStreamTest {

    private static final int PROJECTIONS = 3;

    private final CountingEngine database = new CountingEngine(new InMemoryEventStorageEngine());
    private final SharedEventStream events = new SharedEventStream(EmbeddedEventStore.builder()
            .storageEngine(database)
            .fetchDelay(TimeUnit.HOURS.toMillis(1)) // no poll in this test: only a wake-up makes it read
            .optimizeEventConsumption(true));
    private final List<BlockingStream<TrackedEventMessage<?>>> streams = new ArrayList<>();

    @AfterEach
    void close() {
        streams.forEach(BlockingStream::close);
        events.shutDown();
    }

    @Test
    @DisplayName("hands events committed by another process to every projection when told, read from the database once")
    void oneReadForEveryProjection() throws InterruptedException {
        events.publish(GenericEventMessage.asEventMessage("before"));
        for (int i = 0; i < PROJECTIONS; i++) {
            BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("before");
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).as("caught up").isFalse();
            streams.add(stream);
        }

        EventMessage<?> elsewhere = GenericEventMessage.asEventMessage("committed by another process");
        database.appendEvents(elsewhere); // not through this store: nothing in this process wakes the reader
        for (var stream : streams) {
            assertThat(stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)).as("seen before the announcement").isFalse();
        }

        events.lookForNewEvents();

        for (var stream : streams) {
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).as("seen after the announcement").isTrue();
            assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(elsewhere.getIdentifier());
        }
        assertThat(database.timesRead(elsewhere)).as("reads of the new event from the database").isEqualTo(1);
    }

    /** The storage engine, counting how often each event is read from it by the streams. */
    private record CountingEngine(EventStorageEngine engine, Map<String, Integer> reads) implements EventStorageEngine {

        CountingEngine(EventStorageEngine engine) {
            this(engine, new ConcurrentHashMap<>());
        }

        int timesRead(EventMessage<?> event) {
            return reads.getOrDefault(event.getIdentifier(), 0);
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            return engine.readEvents(token, mayBlock)
                    .peek(event -> reads.merge(event.getIdentifier(), 1, Integer::sum));
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            engine.appendEvents(events);
        }

        @Override
        public void storeSnapshot(org.axonframework.eventhandling.DomainEventMessage<?> snapshot) {
            engine.storeSnapshot(snapshot);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<org.axonframework.eventhandling.DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return engine.readSnapshot(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return engine.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return engine.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(java.time.Instant dateTime) {
            return engine.createTokenAt(dateTime);
        }
    }
}
