package io.partnerportal.onboarding.kernel.customer.rules;

/** What a caller may ask to do with customers; the role table of the domain page maps roles to these. */
public enum CustomerAction {
    ADD_CUSTOMER,
    CONFIRM_MCA,
    GRANT_GDAP,
    CHANGE_BILLING_INFO,
    MANAGE_COST_MANAGEMENT,
    MANAGE_SUBSCRIPTIONS,
    REQUEST_RELATIONSHIP,
    DECIDE_VERIFICATION
}
