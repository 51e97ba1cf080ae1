package io.partnerportal.onboarding.kernel.customer.command;

import io.partnerportal.onboarding.kernel.customer.BillingProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner changes the customer's billing information.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record ChangeBillingInfo(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion,
        BillingProfile billingProfile) {
}
