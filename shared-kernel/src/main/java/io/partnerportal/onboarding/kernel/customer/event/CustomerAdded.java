package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A customer record was added and awaits verification. Carries the whole record, the owning partner and
 * the warnings reported back, so that a consumer needs no second lookup.
 *
 * <p>Revision 2 holds the billing profile as one member, {@code billingProfile}, as {@link BillingInfoChanged}
 * does; revision 1 (stored until 2026-12) held its four fields flat, and is upcast when read
 * ({@code CustomerAddedNestsBillingProfile}).
 */
@Revision("2")
public record CustomerAdded(
        String customerId,
        String partnerId,
        String domainPrefix,
        String language,
        BillingProfile billingProfile,
        boolean defaultGdapConsent,
        String associatedResellerId,
        VerificationStatus verificationStatus,
        List<Violation> warnings) implements CustomerEvent {

    public CustomerAdded {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
