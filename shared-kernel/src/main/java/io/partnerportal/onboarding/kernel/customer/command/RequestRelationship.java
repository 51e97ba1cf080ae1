package io.partnerportal.onboarding.kernel.customer.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partner asks to work with a customer that already exists on the platform; the customer's global admin
 * accepts the invitation. {@code requestingPartnerId} comes from the caller, never from the body.
 */
public record RequestRelationship(@TargetAggregateIdentifier String customerId, String requestingPartnerId,
                                  String invitationId) {
}
