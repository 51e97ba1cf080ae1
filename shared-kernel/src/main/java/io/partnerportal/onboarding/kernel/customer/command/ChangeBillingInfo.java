package io.partnerportal.onboarding.kernel.customer.command;

import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner changes the customer's billing information.
 */
public record ChangeBillingInfo(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        BillingProfile billingProfile) implements ChangeOfACustomer {
}
