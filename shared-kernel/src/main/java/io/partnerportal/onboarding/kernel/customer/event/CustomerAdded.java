package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A customer record was added and awaits verification. Carries the whole record, the owning partner and
 * the warnings reported back, so that a consumer needs no second lookup.
 */
@Revision("1")
public record CustomerAdded(
        String customerId,
        String partnerId,
        String companyName,
        String domainPrefix,
        String registrationId,
        String language,
        Contact primaryContact,
        Address address,
        boolean defaultGdapConsent,
        String associatedResellerId,
        VerificationStatus verificationStatus,
        List<Violation> warnings) implements CustomerEvent {

    public CustomerAdded {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
