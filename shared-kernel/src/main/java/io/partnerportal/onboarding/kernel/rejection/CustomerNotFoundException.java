package io.partnerportal.onboarding.kernel.rejection;

/** No such customer, or none that the caller may see: the two are indistinguishable on purpose. 404. */
public class CustomerNotFoundException extends Rejection {

    public CustomerNotFoundException(String customerId) {
        super(404, "CUSTOMER_NOT_FOUND", "No customer " + customerId + " that you may see.");
    }
}
