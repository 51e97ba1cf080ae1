package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** A subscription was bought for the customer. */
@Revision("1")
public record SubscriptionPurchased(String customerId, String subscriptionId, String offerId, int quantity) implements CustomerEvent {
}
