package io.partnerportal.onboarding.kernel.customer.state;

import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.event.BillingInfoChanged;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementDisabled;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
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

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the command side needs to remember about a customer to decide the next command: a pure fold of
 * its events. Only what a rule reads lives here; the full record is in the events.
 */
public record CustomerState(String customerId, String partnerId, String associatedResellerId, String domainPrefix,
                            BillingProfile billingProfile, VerificationStatus verificationStatus, McaAcceptance mca,
                            Set<String> gdapDisplayNames, boolean costManagementEnabled,
                            Map<String, Subscription> subscriptions) {

    /** A subscription as far as the rules care: its seats and whether it is still active. */
    public record Subscription(String subscriptionId, int quantity, boolean active) {
    }

    public CustomerState {
        gdapDisplayNames = Set.copyOf(gdapDisplayNames);
        subscriptions = Map.copyOf(subscriptions);
    }

    public boolean mcaConfirmed() {
        return mca != null;
    }

    /** The state after one more event; {@code current} is null before the first. */
    public static CustomerState evolve(CustomerState current, CustomerEvent event) {
        return switch (event) {
            case CustomerAdded added -> new CustomerState(added.customerId(), added.partnerId(),
                    added.associatedResellerId(), added.domainPrefix(),
                    new BillingProfile(added.companyName(), added.registrationId(), added.primaryContact(),
                            added.address()),
                    added.verificationStatus(), null, Set.of(), false, Map.of());
            case DefaultGdapCreated created -> current.withGdap(created.relationship().displayName());
            case GdapGranted granted -> current.withGdap(granted.relationship().displayName());
            case McaAcceptanceConfirmed confirmed -> current.withMca(confirmed.acceptance());
            case BillingInfoChanged changed -> current.withBillingProfile(changed.billingProfile());
            case VerificationRestarted restarted -> current.withVerificationStatus(VerificationStatus.PENDING);
            case VerificationApproved approved -> current.withVerificationStatus(VerificationStatus.APPROVED);
            case VerificationRejected rejected -> current.withVerificationStatus(VerificationStatus.REJECTED);
            case CostManagementEnabled enabled -> current.withCostManagement(true);
            case CostManagementDisabled disabled -> current.withCostManagement(false);
            case SubscriptionPurchased purchased -> current.withSubscription(
                    new Subscription(purchased.subscriptionId(), purchased.quantity(), true));
            case SubscriptionQuantityChanged changed -> current.withSubscription(
                    new Subscription(changed.subscriptionId(), changed.quantity(), true));
            case SubscriptionCancelled cancelled -> current.withSubscription(
                    new Subscription(cancelled.subscriptionId(), current.subscriptions().get(cancelled.subscriptionId())
                            .quantity(), false));
            case SubscriptionRenewed renewed -> current;
            case RelationshipRequested requested -> current;
        };
    }

    private CustomerState withGdap(String displayName) {
        var names = new HashSet<>(gdapDisplayNames);
        names.add(displayName);
        return new CustomerState(customerId, partnerId, associatedResellerId, domainPrefix, billingProfile,
                verificationStatus, mca, names, costManagementEnabled, subscriptions);
    }

    private CustomerState withMca(McaAcceptance acceptance) {
        return new CustomerState(customerId, partnerId, associatedResellerId, domainPrefix, billingProfile,
                verificationStatus, acceptance, gdapDisplayNames, costManagementEnabled, subscriptions);
    }

    private CustomerState withBillingProfile(BillingProfile profile) {
        return new CustomerState(customerId, partnerId, associatedResellerId, domainPrefix, profile,
                verificationStatus, mca, gdapDisplayNames, costManagementEnabled, subscriptions);
    }

    private CustomerState withVerificationStatus(VerificationStatus status) {
        return new CustomerState(customerId, partnerId, associatedResellerId, domainPrefix, billingProfile,
                status, mca, gdapDisplayNames, costManagementEnabled, subscriptions);
    }

    private CustomerState withCostManagement(boolean enabled) {
        return new CustomerState(customerId, partnerId, associatedResellerId, domainPrefix, billingProfile,
                verificationStatus, mca, gdapDisplayNames, enabled, subscriptions);
    }

    private CustomerState withSubscription(Subscription subscription) {
        var all = new HashMap<>(subscriptions);
        all.put(subscription.subscriptionId(), subscription);
        return new CustomerState(customerId, partnerId, associatedResellerId, domainPrefix, billingProfile,
                verificationStatus, mca, gdapDisplayNames, costManagementEnabled, all);
    }
}
