package io.partnerportal.onboarding.kernel.customer.command;

import io.partnerportal.onboarding.kernel.customer.McaAcceptance;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner records that the customer accepted the Microsoft Customer Agreement.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record ConfirmMca(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion,
        McaAcceptance acceptance) {
}
