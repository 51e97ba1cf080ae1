package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner buys a subscription for the customer.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record PurchaseSubscription(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion,
        String subscriptionId, String offerId, Integer quantity) {
}
