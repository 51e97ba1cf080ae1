package io.partnerportal.onboarding.query.processing;

/** The names of the query side's processing groups, as operators see them. */
public final class Projections {

    public static final String CUSTOMER_VIEW = "customer-view";

    private Projections() {
    }
}
