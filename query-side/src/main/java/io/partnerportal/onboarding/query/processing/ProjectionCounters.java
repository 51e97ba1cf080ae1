package io.partnerportal.onboarding.query.processing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a projection did with each event it was handed: applied it, or skipped it because it had applied it
 * before (a re-delivery or a replay). Counted as {@code onboarding.projection.events}, tagged by projection
 * and outcome; a restart that reprocesses nothing shows neither moving.
 */
public record ProjectionCounters(Counter applied, Counter skipped) {

    public static ProjectionCounters of(MeterRegistry metrics, String projection) {
        return new ProjectionCounters(counter(metrics, projection, "applied"), counter(metrics, projection, "skipped"));
    }

    private static Counter counter(MeterRegistry metrics, String projection, String outcome) {
        return Counter.builder("onboarding.projection.events").baseUnit("events")
                .description("Events a projection applied, or skipped as applied before")
                .tags("projection", projection, "outcome", outcome).register(metrics);
    }
}
