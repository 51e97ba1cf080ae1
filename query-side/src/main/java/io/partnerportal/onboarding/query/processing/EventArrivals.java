package io.partnerportal.onboarding.query.processing;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the projections that events may have arrived, so that they read at once instead of at their next
 * poll. Events arrive from this process (its command side committed them), from another process (PostgreSQL
 * notifies, {@link PostgresEventNotifications}), or unannounced (a writer that does not notify): a timer wakes
 * the projections every {@code onboarding.event-store.poll-interval} as well, so a missed signal delays a
 * projection by at most that long, never for good.
 */
@Component
public class EventArrivals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
    private final Duration pollInterval;
    private ScheduledExecutorService timer;

    EventArrivals(EventStore events, @Value("${onboarding.event-store.poll-interval:250ms}") Duration pollInterval) {
        this.pollInterval = pollInterval;
        // Events this process appends: once their transaction has committed, they can be read.
        events.registerDispatchInterceptor(messages -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> arrived()));
            return (index, event) -> event;
        });
    }

    /** Runs {@code listener} whenever events may have arrived, until it is removed. */
    void listen(Runnable listener) {
        listeners.add(listener);
    }

    void stopListening(Runnable listener) {
        listeners.remove(listener);
    }

    /** Events may have arrived: every listening projection looks now. */
    public void arrived() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A projection could not be woken; its next poll will find the events", e);
            }
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("event-arrivals").daemon().factory());
        timer.scheduleWithFixedDelay(this::arrived, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdown();
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }
}
