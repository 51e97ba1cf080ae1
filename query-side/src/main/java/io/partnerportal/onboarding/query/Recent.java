package io.partnerportal.onboarding.query;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A reading taken again only when the last one is older than {@code maxAge}: several gauges that show parts
 * of one reading cost one query per scrape, not one each.
 */
public final class Recent<T> {

    private final long maxAgeNanos;
    private final Supplier<T> reading;
    private T value;
    private long readAt;

    public Recent(Duration maxAge, Supplier<T> reading) {
        this.maxAgeNanos = maxAge.toNanos();
        this.reading = reading;
    }

    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt > maxAgeNanos) {
            value = reading.get();
            readAt = now;
        }
        return value;
    }
}
