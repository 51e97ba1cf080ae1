package io.partnerportal.onboarding.kernel.customer.subscription;

/** Why an operation on a customer's subscriptions is blocked, with the words a refusal gives for it. */
public enum BlockedReason {
    VERIFICATION_PENDING("the customer's verification is pending"),
    VERIFICATION_REJECTED("the customer's verification was rejected"),
    MCA_NOT_CONFIRMED("the customer's acceptance of the Microsoft Customer Agreement is not confirmed");

    private final String words;

    BlockedReason(String words) {
        this.words = words;
    }

    /** The reason as a clause for people, e.g. "the customer's verification is pending". */
    public String words() {
        return words;
    }
}
