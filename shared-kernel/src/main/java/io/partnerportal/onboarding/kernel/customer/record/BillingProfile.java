package io.partnerportal.onboarding.kernel.customer.record;

import java.util.Objects;

/** The billing information a partner may change; any change sends the customer back to verification. */
public record BillingProfile(String companyName, String registrationId, Contact primaryContact, Address address) {

    /** Whether both name the same registration (the id, in the same country): its uniqueness claim stays. */
    public boolean sameRegistrationAs(BillingProfile other) {
        return Objects.equals(registrationId, other.registrationId)
                && Objects.equals(address.country(), other.address.country());
    }
}
