package io.partnerportal.onboarding.kernel.customer.verification;

/** Why a customer is awaiting verification. */
public enum VerificationReason {
    NEW_CUSTOMER,
    BILLING_CHANGE
}
