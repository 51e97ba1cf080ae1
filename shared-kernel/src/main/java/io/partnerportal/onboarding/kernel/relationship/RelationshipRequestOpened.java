package io.partnerportal.onboarding.kernel.relationship;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.Revision;

/**
 * A partner asked to work with a customer; the invitation awaits the customer's global admin. The customer
 * is named as the requester named it — by {@code customerId}, or by {@code domainPrefix} with the customer
 * found for it in {@code customerId} (null when none was). {@code customerFound} says whether a customer has
 * that id; requests opened before it was recorded (December 2026) have none, and were stored without it.
 * Platform staff see the customer found; the requester never learns whether the customer exists.
 */
@Revision("1")
public record RelationshipRequestOpened(String requestId, String requesterPartnerId, String requestedBy,
                                        String customerId, String domainPrefix, String invitationUrl,
                                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean customerFound)
        implements RelationshipRequestEvent {

    /**
     * The customer found for the request, or null. A request recorded without {@code customerFound} counts
     * its {@code customerId} as found, as the backend showed it then: whether it was cannot be known now.
     */
    public String foundCustomerId() {
        return Boolean.FALSE.equals(customerFound) ? null : customerId;
    }
}
