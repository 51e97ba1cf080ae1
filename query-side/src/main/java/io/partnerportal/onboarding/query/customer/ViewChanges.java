package io.partnerportal.onboarding.query.customer;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Tells reads that wait for a version, and update streams, that a customer's view may have changed: at
 * once when this instance's projection wrote it, and by a look every {@code poll} otherwise (another
 * query-side instance may hold the customer's segment). Nothing is buffered per listener.
 */
@Component
public class ViewChanges {

    private final Sinks.Many<String> changed = Sinks.many().multicast().directBestEffort();

    /** Called by the projection after it saved the customer's view; projection threads call it concurrently. */
    synchronized void changed(String customerId) {
        changed.tryEmitNext(customerId);
    }

    /** A signal at once, then each time the customer's view may have changed. */
    public Flux<String> of(String customerId, Duration poll) {
        // Only the newest signal matters: a listener busy reading the view misses nothing by skipping the rest.
        return Flux.merge(Flux.just(customerId), changed.asFlux().filter(customerId::equals), Flux.interval(poll, poll).map(tick -> customerId))
                .onBackpressureLatest();
    }
}
