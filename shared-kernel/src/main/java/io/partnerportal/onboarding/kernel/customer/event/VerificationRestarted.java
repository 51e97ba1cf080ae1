package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import org.axonframework.serialization.Revision;

/** The customer went back to verification (status PENDING), for this reason. */
@Revision("1")
public record VerificationRestarted(String customerId, VerificationReason reason, VerificationStatus previousStatus) implements CustomerEvent {
}
