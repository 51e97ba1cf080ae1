package io.partnerportal.onboarding.kernel.rules;

/** The customer has no subscription with that id. */
public class SubscriptionNotFoundException extends RuntimeException {

    public SubscriptionNotFoundException(String subscriptionId) {
        super("The customer has no subscription " + subscriptionId + ".");
    }
}
