package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner lets the customer see the cost of its Azure usage.
 */
public record EnableCostManagement(@TargetAggregateIdentifier String customerId, Long expectedVersion) implements ChangeOfACustomer {
}
