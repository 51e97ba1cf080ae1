package io.partnerportal.onboarding.query.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the feed's streams behave ({@code onboarding.feed.*}): how often a stream sends a heartbeat comment,
 * how often it looks for entries written by another instance, and how far behind the head a stream may
 * fall before it is closed with the position to resume from.
 */
@ConfigurationProperties("onboarding.feed")
public record FeedProperties(Duration heartbeat, Duration poll, long maxLag, int maxStreamsPerCaller) {

    public FeedProperties {
        maxStreamsPerCaller = maxStreamsPerCaller <= 0 ? 4 : maxStreamsPerCaller;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        maxLag = maxLag <= 0 ? 10_000 : maxLag;
    }
}
