package io.partnerportal.onboarding.command.customer;

import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.rules.Violation;

import java.util.List;

/**
 * What a successful command tells its sender: the customer's new {@code version} (the number of events
 * in its stream, for {@code ETag} and read-your-writes), its verification status and any warnings.
 */
public record CommandOutcome(String customerId, long version, VerificationStatus verificationStatus,
                             List<Violation> warnings) {
}
