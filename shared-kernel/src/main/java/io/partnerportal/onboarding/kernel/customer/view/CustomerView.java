package io.partnerportal.onboarding.kernel.customer.view;

import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionView;
import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationDeadline;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
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

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Comparator;

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
        McaAcceptance mcaAcceptance,
        List<GdapRelationship> gdapRelationships,
        boolean costManagementEnabled,
        List<SubscriptionView> subscriptions,
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
                    null,
                    List.of(),
                    false,
                    List.of(),
                    recorded.occurredAt(),
                    recorded.occurredAt(),
                    0);
            case BillingInfoChanged changed -> current.withBillingProfile(changed.billingProfile());
            case VerificationRestarted restarted -> current.withVerification(VerificationStatus.PENDING,
                    restarted.reason(), recorded.occurredAt());
            case VerificationApproved approved -> current.withVerification(VerificationStatus.APPROVED, null, null);
            case VerificationRejected rejected -> current.withVerification(VerificationStatus.REJECTED, null, null);
            case McaAcceptanceConfirmed confirmed -> current.withMca(confirmed.acceptance());
            case DefaultGdapCreated created -> current.withGdap(created.relationship());
            case GdapGranted granted -> current.withGdap(granted.relationship());
            case CostManagementEnabled enabled -> current.withCostManagement(true);
            case CostManagementDisabled disabled -> current.withCostManagement(false);
            case SubscriptionPurchased purchased -> current.withSubscription(new SubscriptionView(
                    purchased.subscriptionId(), purchased.offerId(), purchased.quantity(), true, recorded.occurredAt(), null));
            case SubscriptionQuantityChanged changed -> current.withSubscription(current.subscription(changed.subscriptionId())
                    .map(s -> new SubscriptionView(s.subscriptionId(), s.offerId(), changed.quantity(), s.active(),
                            s.purchasedAt(), s.lastRenewedAt())));
            case SubscriptionCancelled cancelled -> current.withSubscription(current.subscription(cancelled.subscriptionId())
                    .map(s -> new SubscriptionView(s.subscriptionId(), s.offerId(), s.quantity(), false, s.purchasedAt(),
                            s.lastRenewedAt())));
            case SubscriptionRenewed renewed -> current.withSubscription(current.subscription(renewed.subscriptionId())
                    .map(s -> new SubscriptionView(s.subscriptionId(), s.offerId(), s.quantity(), s.active(),
                            s.purchasedAt(), recorded.occurredAt())));
            // A relationship request concerns the requesting partner; the owner's view does not change.
            case RelationshipRequested requested -> current;
        };
        return next.at(recorded);
    }

    private CustomerView at(RecordedCustomerEvent recorded) {
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, verificationStatus, verificationReason,
                verificationSubmittedAt, verificationDueBy, mcaConfirmed, mcaAcceptance, gdapRelationships, costManagementEnabled,
                subscriptions, addedAt, recorded.occurredAt(),
                recorded.versionAfter());
    }

    private CustomerView withBillingProfile(BillingProfile profile) {
        return new CustomerView(customerId, partnerId, associatedResellerId, profile.companyName(), domainPrefix,
                profile.registrationId(), language, profile.primaryContact(), profile.address(), defaultGdapConsent,
                verificationStatus, verificationReason, verificationSubmittedAt, verificationDueBy, mcaConfirmed, mcaAcceptance,
                gdapRelationships, costManagementEnabled, subscriptions, addedAt, lastChangedAt, version);
    }

    /** A new verification status; a submission (reason and time) starts the three-business-day clock again. */
    private CustomerView withVerification(VerificationStatus status, VerificationReason reason, Instant submittedAt) {
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, status, reason, submittedAt,
                submittedAt == null ? null : VerificationDeadline.dueBy(submittedAt), mcaConfirmed, mcaAcceptance, gdapRelationships,
                costManagementEnabled, subscriptions, addedAt, lastChangedAt, version);
    }

    private Optional<SubscriptionView> subscription(String subscriptionId) {
        return subscriptions.stream().filter(s -> s.subscriptionId().equals(subscriptionId)).findFirst();
    }

    private CustomerView withGdap(GdapRelationship relationship) {
        var all = new ArrayList<>(gdapRelationships);
        all.add(relationship);
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, verificationStatus, verificationReason,
                verificationSubmittedAt, verificationDueBy, mcaConfirmed, mcaAcceptance, List.copyOf(all), costManagementEnabled,
                subscriptions, addedAt, lastChangedAt, version);
    }

    private CustomerView withCostManagement(boolean enabled) {
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, verificationStatus, verificationReason,
                verificationSubmittedAt, verificationDueBy, mcaConfirmed, mcaAcceptance, gdapRelationships, enabled, subscriptions,
                addedAt, lastChangedAt, version);
    }

    /** The subscription added or replaced (by id); an unknown one (empty) leaves the list as it is. */
    private CustomerView withSubscription(SubscriptionView subscription) {
        return withSubscription(Optional.of(subscription));
    }

    private CustomerView withSubscription(Optional<SubscriptionView> subscription) {
        if (subscription.isEmpty()) {
            return this;
        }
        var all = new ArrayList<SubscriptionView>();
        subscriptions.stream().filter(s -> !s.subscriptionId().equals(subscription.get().subscriptionId())).forEach(all::add);
        all.add(subscription.get());
        all.sort(Comparator.comparing(SubscriptionView::purchasedAt).thenComparing(SubscriptionView::subscriptionId));
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, verificationStatus, verificationReason,
                verificationSubmittedAt, verificationDueBy, mcaConfirmed, mcaAcceptance, gdapRelationships, costManagementEnabled,
                List.copyOf(all), addedAt, lastChangedAt, version);
    }

    private CustomerView withMca(McaAcceptance acceptance) {
        return new CustomerView(customerId, partnerId, associatedResellerId, companyName, domainPrefix, registrationId,
                language, primaryContact, address, defaultGdapConsent, verificationStatus, verificationReason,
                verificationSubmittedAt, verificationDueBy, true, acceptance, gdapRelationships, costManagementEnabled, subscriptions,
                addedAt, lastChangedAt, version);
    }
}
