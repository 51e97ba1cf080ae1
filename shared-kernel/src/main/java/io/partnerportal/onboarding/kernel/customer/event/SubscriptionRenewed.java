package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** A subscription was renewed. */
@Revision("1")
public record SubscriptionRenewed(String customerId, String subscriptionId) implements CustomerEvent {
}
