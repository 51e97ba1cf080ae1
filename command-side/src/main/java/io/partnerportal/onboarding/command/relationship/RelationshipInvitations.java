package io.partnerportal.onboarding.command.relationship;

/** Where a customer's global admin accepts a partner's relationship request. */
public interface RelationshipInvitations {

    String urlFor(String invitationId, String requestingPartnerId);
}
