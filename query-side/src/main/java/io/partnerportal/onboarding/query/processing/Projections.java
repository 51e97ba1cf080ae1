package io.partnerportal.onboarding.query.processing;

/** The names of the query side's processing groups, as operators see them. */
public final class Projections {

    public static final String CUSTOMER_VIEW = "customer-view";
    /** The event feed: one segment, so that it sees every event in one order and numbers them densely. */
    public static final String CUSTOMER_FEED = "customer-feed";

    private Projections() {
    }
}
