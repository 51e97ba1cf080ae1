package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The verification desk rejects the customer's account, saying why.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record RejectVerification(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
