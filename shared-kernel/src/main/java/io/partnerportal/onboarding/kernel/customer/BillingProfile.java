package io.partnerportal.onboarding.kernel.customer;

/** The billing information a partner may change; any change sends the customer back to verification. */
public record BillingProfile(String companyName, String registrationId, Contact primaryContact, Address address) {
}
