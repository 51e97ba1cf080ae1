package io.partnerportal.onboarding.query.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.query.processing.ProjectionStatuses.ProjectionStatus;
import org.springframework.stereotype.Component;

import io.partnerportal.onboarding.query.Recent;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * Each projection's standing as gauges: position, lag in events and in seconds, parked dead letters. A scrape
 * reads the standing of every projection once, however many gauges ask within a second.
 */
@Component
class ProjectionMetrics {

    ProjectionMetrics(MeterRegistry registry, ProjectionStatuses statuses) {
        var standing = new Recent<>(Duration.ofSeconds(1), statuses::all);
        for (String projection : EventProcessingConfiguration.PROJECTIONS) {
            ToDoubleFunction<ToDoubleFunction<ProjectionStatus>> of = field -> standing.get().stream()
                    .filter(status -> status.name().equals(projection)).mapToDouble(field).findFirst().orElse(Double.NaN);
            Gauge.builder("onboarding.projection.position", () -> of.applyAsDouble(ProjectionStatus::position))
                    .baseUnit("events").description("Position in the event store of the last event the projection has handled")
                    .tag("projection", projection).register(registry);
            Gauge.builder("onboarding.projection.lag", () -> of.applyAsDouble(ProjectionStatus::lag))
                    .baseUnit("events").description("Events appended to the event store that the projection has not handled yet")
                    .tag("projection", projection).register(registry);
            Gauge.builder("onboarding.projection.lag.time", () -> of.applyAsDouble(
                            status -> status.lagSeconds() == null ? Double.NaN : status.lagSeconds()))
                    .baseUnit("seconds")
                    .description("How long ago the newest event the projection has handled was appended, while it is behind; 0 when caught up")
                    .tag("projection", projection).register(registry);
            Gauge.builder("onboarding.projection.dead.letters", () -> of.applyAsDouble(ProjectionStatus::deadLetters))
                    .baseUnit("sequences").description("Sequences of events the projection has parked after failing to handle them")
                    .tag("projection", projection).register(registry);
        }
    }
}
