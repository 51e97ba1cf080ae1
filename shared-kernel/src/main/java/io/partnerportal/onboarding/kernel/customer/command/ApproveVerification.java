package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The verification desk approves the customer's account.
 */
public record ApproveVerification(@TargetAggregateIdentifier String customerId, Long expectedVersion) implements ChangeOfACustomer {
}
