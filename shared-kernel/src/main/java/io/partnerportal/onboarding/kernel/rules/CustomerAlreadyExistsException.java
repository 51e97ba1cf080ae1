package io.partnerportal.onboarding.kernel.rules;

/**
 * The customer already exists on the platform (same domain prefix, or same registration id in the same
 * country): it is not added again; the partner is pointed to a relationship request instead.
 */
public class CustomerAlreadyExistsException extends RuntimeException {

    private final String field;
    private final String domainPrefix;

    public CustomerAlreadyExistsException(String field, String domainPrefix) {
        super("A customer with this " + field + " already exists on the platform; request a relationship with it instead.");
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
}
