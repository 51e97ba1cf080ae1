package io.partnerportal.onboarding.query.feed;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Tells the feed's streams that new entries are there: at once when this instance wrote them, and by a
 * look at the store every {@code poll} otherwise (another instance holds the feed's segment). Many
 * subscribers, each seeing only the latest news; nothing is buffered per stream.
 */
@Component
public class FeedHead {

    private final Sinks.Many<Long> advances = Sinks.many().multicast().directBestEffort();
    private final FeedEntries feed;

    FeedHead(FeedEntries feed) {
        this.feed = feed;
    }

    void advancedTo(long position) {
        advances.tryEmitNext(position);
    }

    /** A signal each time the feed may have grown. */
    public Flux<Long> changes(Duration poll) {
        return Flux.merge(advances.asFlux(), Flux.interval(poll).map(tick -> -1L));
    }

    public long current() {
        return feed.head();
    }
}
