package io.partnerportal.onboarding.kernel.relationship;

import org.axonframework.serialization.Revision;

/**
 * A partner asked to work with a customer; the invitation awaits the customer's global admin. The customer
 * is named as the requester named it — by {@code customerId}, or by {@code domainPrefix} with the customer
 * found for it in {@code customerId} (null when none was): platform staff see which; the requester never
 * learns whether the customer exists.
 */
@Revision("1")
public record RelationshipRequestOpened(String requestId, String requesterPartnerId, String requestedBy,
                                        String customerId, String domainPrefix, String invitationUrl)
        implements RelationshipRequestEvent {
}
