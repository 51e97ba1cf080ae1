package io.partnerportal.onboarding.kernel.rules;

/** No such customer, or none that the caller may see: the two are indistinguishable on purpose. */
public class CustomerNotFoundException extends RuntimeException {

    public CustomerNotFoundException(String customerId) {
        super("No customer " + customerId + " that you may see.");
    }
}
