package io.partnerportal.onboarding.standalone;

import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Stopping and starting the standalone backend again")
class RestartTest {

    private final IsolatedStores stores = new IsolatedStores();

    @Test
    @DisplayName("keeps the customers, and the projection resumes from its token instead of reprocessing")
    void customersSurviveAndNothingIsProcessedTwice() throws InterruptedException {
        String customerId;
        try (ConfigurableApplicationContext first = Backends.start(StandaloneApplication.class, stores)) {
            int port = Backends.port(first);
            customerId = Backends.addCustomer(port);
            ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                    .expectStatus().isOk();
            // Caught up on every segment before stopping: on a shared PostgreSQL other segments may still be
            // working through earlier tests' events, which the second start would then rightly process.
            awaitCaughtUp(first.getBean(EventProcessingConfiguration.class)
                    .eventProcessor("customer-view", StreamingEventProcessor.class).orElseThrow());
        }

        try (ConfigurableApplicationContext second = Backends.start(StandaloneApplication.class, stores)) {
            awaitCaughtUp(second.getBean(EventProcessingConfiguration.class)
                    .eventProcessor("customer-view", StreamingEventProcessor.class).orElseThrow());

            ApiClient.as("gina", Backends.port(second)).get().uri("/api/customers/{id}", customerId).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.customerId").isEqualTo(customerId);
            MeterRegistry metrics = second.getBean(MeterRegistry.class);
            assertThat(metrics.counter("onboarding.projection.events", "projection", "customer-view",
                    "outcome", "applied").count()).as("events applied again").isZero();
            assertThat(metrics.counter("onboarding.projection.events", "projection", "customer-view",
                    "outcome", "skipped").count()).as("events delivered again").isZero();
        }
    }

    /** Every segment claimed (together they cover the whole stream) and at the head of the event stream. */
    private static void awaitCaughtUp(StreamingEventProcessor processor) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var segments = processor.processingStatus().values();
            double covered = segments.stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
            if (covered > 0.999 && segments.stream().allMatch(EventTrackerStatus::isCaughtUp)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("customer-view did not catch up: " + processor.processingStatus());
    }
}
