package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** The verification desk approved the customer: purchases are no longer blocked by verification. */
@Revision("1")
public record VerificationApproved(String customerId) implements CustomerEvent {
}
