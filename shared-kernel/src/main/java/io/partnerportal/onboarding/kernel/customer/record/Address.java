package io.partnerportal.onboarding.kernel.customer.record;

/** The customer's legal address; {@code country} is ISO 3166-1 alpha-2. */
public record Address(String addressLine1, String addressLine2, String city, String state, String postalCode,
                      String country) {
}
