package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner lets the customer see the cost of its Azure usage.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record EnableCostManagement(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion) {
}
