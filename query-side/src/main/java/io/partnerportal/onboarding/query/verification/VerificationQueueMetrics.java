package io.partnerportal.onboarding.query.verification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.query.Recent;
import io.partnerportal.onboarding.query.customer.CustomerViewRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The verification desk's workload as gauges: customers waiting, and those of them past their due date. */
@Component
class VerificationQueueMetrics {

    VerificationQueueMetrics(MeterRegistry registry, CustomerViewRepository views, Clock clock) {
        var queue = new Recent<List<VerificationQueueController.QueueEntry>>(Duration.ofSeconds(1),
                () -> VerificationQueueController.entries(views.pendingVerification(), null, clock.instant()));
        Gauge.builder("onboarding.verification.queue.size", () -> queue.get().size())
                .baseUnit("customers").description("Customers waiting for the platform to verify them")
                .register(registry);
        Gauge.builder("onboarding.verification.queue.overdue", () -> queue.get().stream().filter(
                        VerificationQueueController.QueueEntry::overdue).count())
                .baseUnit("customers").description("Customers waiting for verification past their due date")
                .register(registry);
    }
}
