package io.partnerportal.onboarding.kernel.customer.command;

import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner records that the customer accepted the Microsoft Customer Agreement.
 */
public record ConfirmMca(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        McaAcceptance acceptance) implements ChangeOfACustomer {
}
