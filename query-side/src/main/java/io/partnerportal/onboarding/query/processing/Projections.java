package io.partnerportal.onboarding.query.processing;

/** The names of the query side's processing groups, as operators see them. */
public final class Projections {

    public static final String CUSTOMER_VIEW = "customer-view";
    /** The event feed: one segment, so that it sees every event in one order and numbers them densely. */
    public static final String CUSTOMER_FEED = "customer-feed";
    /** Relationship requests, for their requesters and platform staff; never part of a customer's view. */
    public static final String RELATIONSHIP_REQUESTS = "relationship-requests";

    private Projections() {
    }
}
