package io.partnerportal.onboarding.kernel.relationship;

/**
 * What happens to a relationship request: a record of the requesting partner's, in a stream of its own,
 * never in the customer's (its owner does not see it, and its version does not move).
 */
public sealed interface RelationshipRequestEvent permits RelationshipRequestOpened {

    String requestId();
}
