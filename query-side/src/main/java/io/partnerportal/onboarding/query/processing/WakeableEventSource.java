package io.partnerportal.onboarding.query.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the projections read it, with one addition: a stream that can say when events may have
 * arrived. Axon's pooled processor then reads as soon as it is told ({@link EventArrivals}) instead of
 * looking again every 500 ms when it has caught up, which was most of the projection lag.
 */
final class WakeableEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final EventArrivals arrivals;

    WakeableEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, EventArrivals arrivals) {
        this.events = events;
        this.arrivals = arrivals;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new WakeableStream(events.openStream(token), arrivals);
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant at) {
        return events.createTokenAt(at);
    }

    @Override
    public TrackingToken createTokenSince(Duration since) {
        return events.createTokenSince(since);
    }

    private static final class WakeableStream implements BlockingStream<TrackedEventMessage<?>> {

        /**
         * How long the first look after a wake-up may wait for the events to reach the stream: the event store
         * reads new events on a thread of its own, so they may be there a few milliseconds after the wake-up.
         */
        private static final int SETTLE_MILLIS = 50;

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final EventArrivals arrivals;
        private final java.util.concurrent.atomic.AtomicBoolean woken = new java.util.concurrent.atomic.AtomicBoolean();
        private Runnable callback;

        WakeableStream(BlockingStream<TrackedEventMessage<?>> stream, EventArrivals arrivals) {
            this.stream = stream;
            this.arrivals = arrivals;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable coordinator) {
            this.callback = () -> {
                woken.set(true);
                coordinator.run();
            };
            arrivals.listen(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (timeout == 0 && woken.getAndSet(false)) {
                return stream.hasNextAvailable(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            }
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> message) {
            stream.skipMessagesWithPayloadTypeOf(message);
        }

        @Override
        public void close() {
            if (callback != null) {
                arrivals.stopListening(callback);
            }
            stream.close();
        }
    }
}
