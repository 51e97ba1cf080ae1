package io.partnerportal.onboarding.command.customer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;

/**
 * The body of every successful write: the customer's id and new version, and whichever of the other
 * members the endpoint's contract line names (absent members are left out).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteAnswer(String customerId, Long version, VerificationStatus verificationStatus,
                          List<Violation> warnings, String relationshipId, String subscriptionId,
                          String invitationUrl) {

    static WriteAnswer of(String customerId, long version) {
        return new WriteAnswer(customerId, version, null, null, null, null, null);
    }

    WriteAnswer withVerification(VerificationStatus status, List<Violation> warnings) {
        return new WriteAnswer(customerId, version, status, warnings, relationshipId, subscriptionId, invitationUrl);
    }

    WriteAnswer withRelationshipId(String id) {
        return new WriteAnswer(customerId, version, verificationStatus, warnings, id, subscriptionId, invitationUrl);
    }

    WriteAnswer withSubscriptionId(String id) {
        return new WriteAnswer(customerId, version, verificationStatus, warnings, relationshipId, id, invitationUrl);
    }
}
