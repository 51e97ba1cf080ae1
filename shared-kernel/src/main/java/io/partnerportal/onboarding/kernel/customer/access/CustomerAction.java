package io.partnerportal.onboarding.kernel.customer.access;

/**
 * What a caller may ask to do with customers, on both sides; {@link AccessRules} says which role may do
 * each, and on which customers.
 */
public enum CustomerAction {
    ADD_CUSTOMER("adding a customer", false),
    CONFIRM_MCA("confirming the MCA", true),
    GRANT_GDAP("granting GDAP", true),
    CHANGE_BILLING_INFO("changing billing info", true),
    MANAGE_COST_MANAGEMENT("managing cost management", true),
    MANAGE_SUBSCRIPTIONS("managing subscriptions", true),
    REQUEST_RELATIONSHIP("requesting a relationship", false),
    READ_RELATIONSHIP_REQUESTS("reading relationship requests", false),
    DECIDE_VERIFICATION("deciding a verification", true),
    READ_CUSTOMER("reading a customer, its history and its eligibility", true),
    LIST_CUSTOMERS("listing customers", false),
    READ_VERIFICATION_QUEUE("reading the verification queue", false),
    READ_EVENT_FEED("reading the event feed", false),
    READ_AUDIT_LOG("reading the audit log (proofs, export)", false),
    CHECK_AUDIT_INTEGRITY("checking the audit log against the event store", false);

    private final String description;
    private final boolean onOneCustomer;

    CustomerAction(String description, boolean onOneCustomer) {
        this.description = description;
        this.onOneCustomer = onOneCustomer;
    }

    /** For people: "adding a customer". */
    public String description() {
        return description;
    }

    /** Whether the action concerns one existing customer, whose owner decides who may do it. */
    public boolean onOneCustomer() {
        return onOneCustomer;
    }
}
