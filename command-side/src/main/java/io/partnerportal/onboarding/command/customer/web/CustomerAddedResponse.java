package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.rules.Violation;

import java.util.List;

public record CustomerAddedResponse(String customerId, long version, VerificationStatus verificationStatus,
                                    List<Violation> warnings) {
}
