package io.partnerportal.onboarding.kernel.customer;

/** Account verification by the platform; purchases wait for {@link #APPROVED}. */
public enum VerificationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
