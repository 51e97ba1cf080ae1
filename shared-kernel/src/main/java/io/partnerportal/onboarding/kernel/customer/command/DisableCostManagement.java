package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner stops showing the customer the cost of its Azure usage.
 */
public record DisableCostManagement(@TargetAggregateIdentifier String customerId, Long expectedVersion) implements ChangeOfACustomer {
}
