package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** A subscription's seat count changed. */
@Revision("1")
public record SubscriptionQuantityChanged(String customerId, String subscriptionId, int previousQuantity, int quantity) implements CustomerEvent {
}
