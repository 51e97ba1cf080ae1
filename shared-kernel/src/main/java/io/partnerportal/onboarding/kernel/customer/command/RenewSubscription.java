package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner renews a subscription.
 */
public record RenewSubscription(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        String subscriptionId) implements ChangeOfACustomer {
}
