package io.partnerportal.onboarding.kernel.customer.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.partnerportal.onboarding.kernel.customer.event.BillingInfoChanged;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementDisabled;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.DefaultGdapCreated;
import io.partnerportal.onboarding.kernel.customer.event.GdapGranted;
import io.partnerportal.onboarding.kernel.customer.event.McaAcceptanceConfirmed;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.RelationshipRequested;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionCancelled;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionPurchased;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionQuantityChanged;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionRenewed;
import io.partnerportal.onboarding.kernel.customer.event.VerificationApproved;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRejected;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRestarted;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionView;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationDeadline;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A customer as the query API shows it. {@link #evolve} is the one fold from events to views: the live
 * projection, a replay and an as-of read all use it, so they cannot drift apart.
 *
 * <p>The fields are grouped by what changes together (what the customer was added with, its billing
 * profile, its verification, its MCA), so that each event touches one small record. The JSON stays flat,
 * as the HTTP contract shows it and the read models store it: each group is unwrapped into the view.
 */
public record CustomerView(
        @JsonUnwrapped Origin origin,
        @JsonUnwrapped BillingProfile billing,
        @JsonUnwrapped Verification verification,
        @JsonUnwrapped Mca mca,
        List<GdapRelationship> gdapRelationships,
        boolean costManagementEnabled,
        List<SubscriptionView> subscriptions,
        Instant lastChangedAt,
        long version) {

    /**
     * Every relationship shows its roles' Entra definitions, also one whose event was recorded before events
     * carried them, and one in a read model stored before then.
     */
    public CustomerView {
        gdapRelationships = gdapRelationships == null ? null
                : gdapRelationships.stream().map(GdapRelationship::withUnifiedRoles).toList();
    }

    /** What the customer was added with, and never changes. */
    public record Origin(String customerId, String partnerId, String associatedResellerId, String domainPrefix,
                         String language, boolean defaultGdapConsent, Instant addedAt) {
    }

    /** Where verification stands; a submission (reason and time) starts the three-business-day clock. */
    public record Verification(@JsonProperty("verificationStatus") VerificationStatus status,
                               @JsonProperty("verificationReason") VerificationReason reason,
                               @JsonProperty("verificationSubmittedAt") Instant submittedAt,
                               @JsonProperty("verificationDueBy") Instant dueBy) {

        static Verification submitted(VerificationReason reason, Instant at) {
            return new Verification(VerificationStatus.PENDING, reason, at, VerificationDeadline.dueBy(at));
        }

        static Verification decided(VerificationStatus status) {
            return new Verification(status, null, null, null);
        }
    }

    /** Whether, and by whom and when, the customer accepted the Microsoft Customer Agreement. */
    public record Mca(@JsonProperty("mcaConfirmed") boolean confirmed,
                      @JsonProperty("mcaAcceptance") McaAcceptance acceptance) {

        static final Mca NOT_CONFIRMED = new Mca(false, null);
    }

    public String customerId() {
        return origin.customerId();
    }

    public String partnerId() {
        return origin.partnerId();
    }

    public String associatedResellerId() {
        return origin.associatedResellerId();
    }

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
                    new Origin(added.customerId(), added.partnerId(), added.associatedResellerId(), added.domainPrefix(),
                            added.language(), added.defaultGdapConsent(), recorded.occurredAt()),
                    added.billingProfile(),
                    Verification.submitted(VerificationReason.NEW_CUSTOMER, recorded.occurredAt()),
                    Mca.NOT_CONFIRMED, List.of(), false, List.of(), recorded.occurredAt(), 0);
            case BillingInfoChanged changed -> current.withBilling(changed.billingProfile());
            case VerificationRestarted restarted -> current.withVerification(
                    Verification.submitted(restarted.reason(), recorded.occurredAt()));
            case VerificationApproved approved -> current.withVerification(Verification.decided(VerificationStatus.APPROVED));
            case VerificationRejected rejected -> current.withVerification(Verification.decided(VerificationStatus.REJECTED));
            case McaAcceptanceConfirmed confirmed -> current.withMca(new Mca(true, confirmed.acceptance()));
            case DefaultGdapCreated created -> current.withGdap(created.relationship());
            case GdapGranted granted -> current.withGdap(granted.relationship());
            case CostManagementEnabled enabled -> current.withCostManagement(true);
            case CostManagementDisabled disabled -> current.withCostManagement(false);
            case SubscriptionPurchased purchased -> current.withSubscription(Optional.of(new SubscriptionView(
                    purchased.subscriptionId(), purchased.offerId(), purchased.quantity(), true, recorded.occurredAt(), null)));
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
        return new CustomerView(next.origin, next.billing, next.verification, next.mca, next.gdapRelationships,
                next.costManagementEnabled, next.subscriptions, recorded.occurredAt(), recorded.versionAfter());
    }

    private CustomerView withBilling(BillingProfile changed) {
        return new CustomerView(origin, changed, verification, mca, gdapRelationships, costManagementEnabled,
                subscriptions, lastChangedAt, version);
    }

    private CustomerView withVerification(Verification changed) {
        return new CustomerView(origin, billing, changed, mca, gdapRelationships, costManagementEnabled,
                subscriptions, lastChangedAt, version);
    }

    private CustomerView withMca(Mca changed) {
        return new CustomerView(origin, billing, verification, changed, gdapRelationships, costManagementEnabled,
                subscriptions, lastChangedAt, version);
    }

    private CustomerView withGdap(GdapRelationship relationship) {
        var all = new ArrayList<>(gdapRelationships);
        all.add(relationship);
        return new CustomerView(origin, billing, verification, mca, List.copyOf(all), costManagementEnabled,
                subscriptions, lastChangedAt, version);
    }

    private CustomerView withCostManagement(boolean enabled) {
        return new CustomerView(origin, billing, verification, mca, gdapRelationships, enabled, subscriptions,
                lastChangedAt, version);
    }

    private Optional<SubscriptionView> subscription(String subscriptionId) {
        return subscriptions.stream().filter(s -> s.subscriptionId().equals(subscriptionId)).findFirst();
    }

    /** The subscription added or replaced (by id); an unknown one (empty) leaves the list as it is. */
    private CustomerView withSubscription(Optional<SubscriptionView> subscription) {
        if (subscription.isEmpty()) {
            return this;
        }
        var all = new ArrayList<SubscriptionView>();
        subscriptions.stream().filter(s -> !s.subscriptionId().equals(subscription.get().subscriptionId())).forEach(all::add);
        all.add(subscription.get());
        all.sort(Comparator.comparing(SubscriptionView::purchasedAt).thenComparing(SubscriptionView::subscriptionId));
        return new CustomerView(origin, billing, verification, mca, gdapRelationships, costManagementEnabled,
                List.copyOf(all), lastChangedAt, version);
    }
}
