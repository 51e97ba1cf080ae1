package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import org.axonframework.serialization.Revision;

/** The customer consented, so the default GDAP relationship was created with it. */
@Revision("1")
public record DefaultGdapCreated(String customerId, GdapRelationship relationship) implements CustomerEvent {
}
