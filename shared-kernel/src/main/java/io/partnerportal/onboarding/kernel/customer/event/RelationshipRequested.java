package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** A partner asked to work with this existing customer; the invitation awaits its global admin. */
@Revision("1")
public record RelationshipRequested(String customerId, String requestingPartnerId, String invitationUrl) implements CustomerEvent {
}
