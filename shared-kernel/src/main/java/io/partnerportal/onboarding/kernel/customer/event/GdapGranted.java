package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import org.axonframework.serialization.Revision;

/** A granular delegated admin relationship was granted, with its security-group assignments. */
@Revision("1")
public record GdapGranted(String customerId, String partnerId, GdapRelationship relationship) implements CustomerEvent {
}
