package io.partnerportal.onboarding.kernel.customer.verification;

/** Account verification by the platform; purchases wait for {@link #APPROVED}. */
public enum VerificationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
