package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/**
 * A partner asked to work with this existing customer. Recorded in the customer's own stream until relationship
 * requests became records of their own ({@code kernel.relationship}); kept to read the events stored so, never
 * written again, and left out of the customer's view and history.
 */
@Revision("1")
public record RelationshipRequested(String customerId, String requestingPartnerId, String invitationUrl) implements CustomerEvent {
}
