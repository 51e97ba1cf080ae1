package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** A subscription was cancelled. */
@Revision("1")
public record SubscriptionCancelled(String customerId, String subscriptionId) implements CustomerEvent {
}
