package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The verification desk approves the customer's account.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record ApproveVerification(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion) {
}
