package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner changes the number of seats of a subscription.
 */
public record ChangeSubscriptionQuantity(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        String subscriptionId, Integer quantity) implements ChangeOfACustomer {
}
