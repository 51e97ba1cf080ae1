package io.partnerportal.onboarding.command.relationship;

import io.partnerportal.onboarding.kernel.relationship.RelationshipRequests.Status;

/** What the requester is told: its request, never the customer's internal id; {@code opened} when it is new. */
public record RelationshipRequestAnswer(String requestId, Status status, String invitationUrl, boolean opened) {
}
