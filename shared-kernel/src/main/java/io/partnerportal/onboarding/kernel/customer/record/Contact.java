package io.partnerportal.onboarding.kernel.customer.record;

/** A person at the customer: the primary contact, or who accepted the MCA. */
public record Contact(String firstName, String lastName, String email, String phone) {
}
