package io.partnerportal.onboarding.kernel.customer.view;

import io.partnerportal.onboarding.kernel.customer.Address;
import io.partnerportal.onboarding.kernel.customer.Contact;
import io.partnerportal.onboarding.kernel.customer.VerificationDeadline;
import io.partnerportal.onboarding.kernel.customer.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.event.BillingInfoChanged;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementDisabled;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.DefaultGdapCreated;
import io.partnerportal.onboarding.kernel.customer.event.GdapGranted;
import io.partnerportal.onboarding.kernel.customer.event.McaAcceptanceConfirmed;
import io.partnerportal.onboarding.kernel.customer.event.RelationshipRequested;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionCancelled;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionPurchased;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionQuantityChanged;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionRenewed;
import io.partnerportal.onboarding.kernel.customer.event.VerificationApproved;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRejected;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRestarted;
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
        VerificationReason verificationReason,
        Instant verificationSubmittedAt,
        Instant verificationDueBy,
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
        CustomerView next = switch (recorded.event()) {
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
                    VerificationReason.NEW_CUSTOMER,
                    recorded.occurredAt(),
                    VerificationDeadline.dueBy(recorded.occurredAt()),
                    false,
                    recorded.occurredAt(),
                    recorded.occurredAt(),
                    0);
            case BillingInfoChanged changed -> current.withBillingProfile(changed.billingProfile());
            case VerificationRestarted restarted -> current.withVerification(VerificationStatus.PENDING,
                    restarted.reason(), recorded.occurredAt());
            case VerificationApproved approved -> current.withVerification(VerificationStatus.APPROVED, null, null);
            case VerificationRejected rejected -> current.withVerification(VerificationStatus.REJECTED, null, null);
            case McaAcceptanceConfirmed confirmed -> current.withMcaConfirmed();
            // Shown by the read models of their own issue; here they only move the version on.
            case DefaultGdapCreated ignored -> current;
            case GdapGranted ignored -> current;
            case CostManagementEnabled ignored -> current;
            case CostManagementDisabled ignored -> current;
            case SubscriptionPurchased ignored -> current;
            case SubscriptionQuantityChanged ignored -> current;
            case SubscriptionCancelled ignored -> current;
            case SubscriptionRenewed ignored -> current;
            case RelationshipRequested ignored -> current;
        };
        return next.at(recorded);
    }

    private CustomerView at(RecordedCustomerEvent recorded) {
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, verificationStatus, verificationReason,
                verificationSubmittedAt, verificationDueBy, mcaConfirmed, addedAt, recorded.occurredAt(),
                recorded.versionAfter());
    }

    private CustomerView withBillingProfile(BillingProfile profile) {
        return new CustomerView(customerId, partnerId, associatedResellerId, profile.companyName(), domainPrefix,
                profile.registrationId(), language, profile.primaryContact(), profile.address(), defaultGdapConsent,
                verificationStatus, verificationReason, verificationSubmittedAt, verificationDueBy, mcaConfirmed,
                addedAt, lastChangedAt, version);
    }

    /** A new verification status; a submission (reason and time) starts the three-business-day clock again. */
    private CustomerView withVerification(VerificationStatus status, VerificationReason reason, Instant submittedAt) {
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, status, reason, submittedAt,
                submittedAt == null ? null : VerificationDeadline.dueBy(submittedAt), mcaConfirmed, addedAt,
                lastChangedAt, version);
    }

    private CustomerView withMcaConfirmed() {
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, verificationStatus, verificationReason,
                verificationSubmittedAt, verificationDueBy, true, addedAt, lastChangedAt, version);
    }
}
