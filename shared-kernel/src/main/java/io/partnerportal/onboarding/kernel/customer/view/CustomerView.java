package io.partnerportal.onboarding.kernel.customer.view;

import io.partnerportal.onboarding.kernel.customer.Address;
import io.partnerportal.onboarding.kernel.customer.Contact;
import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;

import java.time.Instant;

/**
 * A customer as the query API shows it. {@link #evolve} is the one fold from events to views: the live
 * projection, a replay and an as-of read all use it, so they cannot drift apart.
 */
public record CustomerView(
        String customerId,
        String partnerId,
        String associatedResellerId,
        String companyName,
        String domainPrefix,
        String registrationId,
        String language,
        Contact primaryContact,
        Address address,
        boolean defaultGdapConsent,
        VerificationStatus verificationStatus,
        boolean mcaConfirmed,
        Instant addedAt,
        Instant lastChangedAt,
        long version) {

    /**
     * The view after one more event. {@code current} is null before the first event. An event the view
     * has already applied returns the view unchanged (the same instance), which makes every consumer of
     * the fold idempotent under re-delivery and replay.
     */
    public static CustomerView evolve(CustomerView current, RecordedCustomerEvent recorded) {
        if (current != null && recorded.sequence() < current.version()) {
            return current;
        }
        return switch (recorded.event()) {
            case CustomerAdded added -> new CustomerView(
                    added.customerId(),
                    added.partnerId(),
                    added.associatedResellerId(),
                    added.companyName(),
                    added.domainPrefix(),
                    added.registrationId(),
                    added.language(),
                    added.primaryContact(),
                    added.address(),
                    added.defaultGdapConsent(),
                    added.verificationStatus(),
                    false,
                    recorded.occurredAt(),
                    recorded.occurredAt(),
                    recorded.versionAfter());
        };
    }
}
