package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** The verification desk rejected the customer; changing its billing info submits it again. */
@Revision("1")
public record VerificationRejected(String customerId, String reason) implements CustomerEvent {
}
