package io.partnerportal.onboarding.query.customer;

import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.query.processing.PendingWrites;
import io.partnerportal.onboarding.query.processing.ProjectionCounters;
import io.partnerportal.onboarding.query.processing.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps one customer view per customer, by the shared fold {@link CustomerView#evolve}. Idempotent: an
 * event the stored view has already applied is counted as skipped and changes nothing. A replay rebuilds
 * each document in place from its customer's first event, so reads keep answering while it runs. The views a
 * batch of events changed are written together when the batch ends ({@link ChangedViews}).
 */
@Component
@ProcessingGroup(Projections.CUSTOMER_VIEW)
class CustomerViewProjection {

    private final CustomerViewRepository views;
    private final ViewChanges changes;
    private final ProjectionCounters counters;

    CustomerViewProjection(CustomerViewRepository views, ViewChanges changes, MeterRegistry metrics) {
        this.views = views;
        this.changes = changes;
        this.counters = ProjectionCounters.of(metrics, Projections.CUSTOMER_VIEW);
    }

    @EventHandler
    void on(CustomerEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt, ReplayStatus replay) {
        boolean rebuilding = replay.isReplay() && sequence == 0;
        PendingWrites.hold(ChangedViews.class, () -> new ChangedViews(views, changes, counters), changed -> {
            CustomerView current = rebuilding ? null : changed.current(event.customerId());
            CustomerView next = CustomerView.evolve(current, new RecordedCustomerEvent(sequence, occurredAt, event));
            if (next == current) {
                counters.skipped().increment();
            } else {
                changed.put(next);
            }
        });
    }

    @ResetHandler
    void beforeReplay() {
        // Nothing to clear: each document is rebuilt from its first event (see on(...)), and until then the
        // old document keeps answering reads.
    }
}
