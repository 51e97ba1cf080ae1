package io.partnerportal.onboarding.kernel.rejection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer already exists on the platform (same domain prefix, or same registration id in the same
 * country): it is not added again; the partner is pointed to a relationship request instead. Answered 409
 * with the field that is taken and the body of a relationship request to send.
 */
public class CustomerAlreadyExistsException extends Rejection {

    public static final String RELATIONSHIP_REQUEST_URL = "/api/relationship-requests";

    private final String field;
    private final String domainPrefix;

    public CustomerAlreadyExistsException(String field, String domainPrefix) {
        super(409, "CUSTOMER_ALREADY_EXISTS", "A customer with this " + field
                + " already exists on the platform; request a relationship with it instead.");
        this.field = field;
        this.domainPrefix = domainPrefix;
    }

    /** Which value is taken: domainPrefix or registrationId. */
    public String field() {
        return field;
    }

    /** The existing customer's domain prefix, if known, so that a relationship request can name it. */
    public String domainPrefix() {
        return domainPrefix;
    }

    @Override
    public Map<String, Object> details() {
        var details = new LinkedHashMap<String, Object>();
        details.put("field", field);
        details.put("relationshipRequestUrl", RELATIONSHIP_REQUEST_URL);
        details.put("relationshipRequest", domainPrefix == null ? Map.of() : Map.of("domainPrefix", domainPrefix));
        return details;
    }
}
