package io.partnerportal.onboarding.kernel.relationship;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** The rules of relationship requests that both sides share. */
public final class RelationshipRequests {

    private RelationshipRequests() {
    }

    /** Where a request stands. Only pending for now: the customer's acceptance happens in Partner Center. */
    public enum Status {
        PENDING
    }

    /**
     * One request per requester and customer: its id is a name-based UUID of both, so that a repeat — by the
     * customer's id or by its domain prefix, once that is found — reaches the pending request instead of
     * making another. A prefix no customer holds names the request by the prefix.
     */
    public static String idFor(String requesterPartnerId, String customerId, String domainPrefix) {
        String customer = customerId != null ? "customer:" + customerId : "prefix:" + domainPrefix.toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(("relationship-request\n" + requesterPartnerId + "\n" + customer)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
