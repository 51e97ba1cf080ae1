package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner buys a subscription for the customer.
 */
public record PurchaseSubscription(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        String subscriptionId, String offerId, Integer quantity) implements ChangeOfACustomer {
}
