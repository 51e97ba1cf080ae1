package io.partnerportal.onboarding.kernel.customer.command;

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The partner asks for a granular delegated admin relationship with the customer.
 */
public record GrantGdap(@TargetAggregateIdentifier String customerId, Long expectedVersion,
        GdapRelationship relationship) implements ChangeOfACustomer {
}
