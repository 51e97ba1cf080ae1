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
 * its events. Only what a rule reads lives here; the full record is in the events. Grouped by what
 * changes together, so that each event replaces one small part.
 */
public record CustomerState(Owner owner, BillingProfile billingProfile, VerificationStatus verificationStatus,
                            McaAcceptance mca, Setup setup) {

    /** Whose customer it is: fixed when it is added. */
    public record Owner(String partnerId, String associatedResellerId) {
    }

    /** What the partner set up for the customer: GDAP relationships (by name), cost management, subscriptions. */
    public record Setup(Set<String> gdapDisplayNames, boolean costManagementEnabled, Map<String, Subscription> subscriptions) {

        public Setup {
            gdapDisplayNames = Set.copyOf(gdapDisplayNames);
            subscriptions = Map.copyOf(subscriptions);
        }

        static final Setup NOTHING = new Setup(Set.of(), false, Map.of());

        Setup withGdap(String displayName) {
            var names = new HashSet<>(gdapDisplayNames);
            names.add(displayName);
            return new Setup(names, costManagementEnabled, subscriptions);
        }

        Setup withCostManagement(boolean enabled) {
            return new Setup(gdapDisplayNames, enabled, subscriptions);
        }

        Setup withSubscription(Subscription subscription) {
            var all = new HashMap<>(subscriptions);
            all.put(subscription.subscriptionId(), subscription);
            return new Setup(gdapDisplayNames, costManagementEnabled, all);
        }
    }

    /** A subscription as far as the rules care: its seats and whether it is still active. */
    public record Subscription(String subscriptionId, int quantity, boolean active) {
    }

    public String partnerId() {
        return owner.partnerId();
    }

    public String associatedResellerId() {
        return owner.associatedResellerId();
    }

    public boolean mcaConfirmed() {
        return mca != null;
    }

    public Set<String> gdapDisplayNames() {
        return setup.gdapDisplayNames();
    }

    public boolean costManagementEnabled() {
        return setup.costManagementEnabled();
    }

    public Map<String, Subscription> subscriptions() {
        return setup.subscriptions();
    }

    /** The state after one more event; {@code current} is null before the first. */
    public static CustomerState evolve(CustomerState current, CustomerEvent event) {
        return switch (event) {
            case CustomerAdded added -> new CustomerState(new Owner(added.partnerId(), added.associatedResellerId()),
                    added.billingProfile(),
                    added.verificationStatus(), null, Setup.NOTHING);
            case DefaultGdapCreated created -> current.with(current.setup.withGdap(created.relationship().displayName()));
            case GdapGranted granted -> current.with(current.setup.withGdap(granted.relationship().displayName()));
            case McaAcceptanceConfirmed confirmed -> new CustomerState(current.owner, current.billingProfile,
                    current.verificationStatus, confirmed.acceptance(), current.setup);
            case BillingInfoChanged changed -> new CustomerState(current.owner, changed.billingProfile(),
                    current.verificationStatus, current.mca, current.setup);
            case VerificationRestarted restarted -> current.with(VerificationStatus.PENDING);
            case VerificationApproved approved -> current.with(VerificationStatus.APPROVED);
            case VerificationRejected rejected -> current.with(VerificationStatus.REJECTED);
            case CostManagementEnabled enabled -> current.with(current.setup.withCostManagement(true));
            case CostManagementDisabled disabled -> current.with(current.setup.withCostManagement(false));
            case SubscriptionPurchased purchased -> current.with(current.setup.withSubscription(
                    new Subscription(purchased.subscriptionId(), purchased.quantity(), true)));
            case SubscriptionQuantityChanged changed -> current.with(current.setup.withSubscription(
                    new Subscription(changed.subscriptionId(), changed.quantity(), true)));
            case SubscriptionCancelled cancelled -> current.with(current.setup.withSubscription(
                    new Subscription(cancelled.subscriptionId(), current.subscriptions().get(cancelled.subscriptionId())
                            .quantity(), false)));
            case SubscriptionRenewed renewed -> current;
            case RelationshipRequested requested -> current;
        };
    }

    private CustomerState with(VerificationStatus status) {
        return new CustomerState(owner, billingProfile, status, mca, setup);
    }

    private CustomerState with(Setup changed) {
        return new CustomerState(owner, billingProfile, verificationStatus, mca, changed);
    }
}
