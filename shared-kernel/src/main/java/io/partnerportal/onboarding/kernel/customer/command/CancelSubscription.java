package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner cancels a subscription.
 */
public record CancelSubscription(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        String subscriptionId) implements ChangeOfACustomer {
}
