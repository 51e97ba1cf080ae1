package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The verification desk rejects the customer's account, saying why.
 */
public record RejectVerification(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        String reason) implements ChangeOfACustomer {
}
