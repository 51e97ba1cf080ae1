package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner changes the number of seats of a subscription.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record ChangeSubscriptionQuantity(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion,
        String subscriptionId, Integer quantity) {
}
