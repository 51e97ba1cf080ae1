package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
import org.axonframework.serialization.Revision;

/** The partner confirmed that this person at the customer accepted the MCA on that day. */
@Revision("1")
public record McaAcceptanceConfirmed(String customerId, McaAcceptance acceptance) implements CustomerEvent {
}
