package io.partnerportal.onboarding.kernel.rejection;

/** The customer has no subscription with that id. 404. */
public class SubscriptionNotFoundException extends Rejection {

    public SubscriptionNotFoundException(String subscriptionId) {
        super(404, "SUBSCRIPTION_NOT_FOUND", "The customer has no subscription " + subscriptionId + ".");
    }
}
