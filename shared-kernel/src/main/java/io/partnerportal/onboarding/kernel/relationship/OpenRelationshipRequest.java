package io.partnerportal.onboarding.kernel.relationship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partner asks to work with a customer that already exists on the platform. The request's id follows
 * from the requester and the customer ({@link RelationshipRequests#idFor}), so a repeat reaches the same
 * request. {@code requesterPartnerId} comes from the caller, never from the body. {@code customerFound} says
 * whether a customer has {@code customerId}, as named or as found for the domain prefix.
 */
public record OpenRelationshipRequest(@TargetAggregateIdentifier String requestId, String requesterPartnerId,
                                      String customerId, String domainPrefix, String invitationId,
                                      boolean customerFound) {
}
