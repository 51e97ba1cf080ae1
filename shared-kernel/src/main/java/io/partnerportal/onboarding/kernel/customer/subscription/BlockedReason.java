package io.partnerportal.onboarding.kernel.customer.subscription;

/** Why an operation on a customer's subscriptions is blocked. */
public enum BlockedReason {
    VERIFICATION_PENDING,
    VERIFICATION_REJECTED,
    MCA_NOT_CONFIRMED
}
