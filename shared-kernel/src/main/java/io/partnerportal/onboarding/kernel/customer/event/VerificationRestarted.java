package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import org.axonframework.serialization.Revision;

/** The customer went back to verification (status PENDING), for this reason. */
@Revision("1")
public record VerificationRestarted(String customerId, VerificationReason reason, VerificationStatus previousStatus) implements CustomerEvent {
}
