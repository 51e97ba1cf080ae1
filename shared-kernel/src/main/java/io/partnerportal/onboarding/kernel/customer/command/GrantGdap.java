package io.partnerportal.onboarding.kernel.customer.command;

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The partner asks for a granular delegated admin relationship with the customer.
 * {@code expectedVersion} (from If-Match) is the stream's last sequence, or null for "any".
 */
public record GrantGdap(@TargetAggregateIdentifier String customerId, @TargetAggregateVersion Long expectedVersion,
        GdapRelationship relationship) {
}
