package io.partnerportal.onboarding.kernel.customer.command;

/**
 * A command on an existing customer. {@code expectedVersion} is the contract's version (the number of
 * events in the customer's stream, as in {@code ETag} and {@code If-Match}) that the sender last saw, or
 * null to act on whatever version is current. The aggregate refuses the command when the customer has
 * moved on since.
 */
public interface ChangeOfACustomer {

    String customerId();

    Long expectedVersion();
}
