package io.partnerportal.onboarding.kernel.customer.subscription;

/** What a partner may do with a customer's subscriptions; verification may block some of them. */
public enum SubscriptionOperation {
    PURCHASE,
    INCREASE_QUANTITY,
    DECREASE_QUANTITY,
    CANCEL,
    RENEW
}
