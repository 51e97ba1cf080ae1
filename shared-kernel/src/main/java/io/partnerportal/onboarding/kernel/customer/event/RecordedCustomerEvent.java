package io.partnerportal.onboarding.kernel.customer.event;

import java.time.Instant;

/**
 * A customer event as the event store recorded it: its place in the customer's stream (0-based) and
 * when it happened. A view's {@code version} is the number of events it has applied, so the event at
 * {@code sequence} n takes a view to version n + 1.
 */
public record RecordedCustomerEvent(long sequence, Instant occurredAt, CustomerEvent event) {

    public long versionAfter() {
        return sequence + 1;
    }
}
