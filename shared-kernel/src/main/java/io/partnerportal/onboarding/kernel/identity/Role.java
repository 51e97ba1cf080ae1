package io.partnerportal.onboarding.kernel.identity;

/** The roles of the domain's role table; the values travel as the {@code roles} claim. */
public enum Role {
    GLOBAL_ADMIN,
    USER_MANAGEMENT_ADMIN,
    ADMIN_AGENT,
    SALES_AGENT,
    INDIRECT_RESELLER,
    VERIFICATION_OFFICER,
    AUDITOR,
    OPERATOR;

    /** Platform roles act across partners; every other role belongs to one partner's staff. */
    public boolean isPlatformRole() {
        return this == VERIFICATION_OFFICER || this == AUDITOR || this == OPERATOR;
    }
}
