package io.partnerportal.onboarding.command.customer;

import io.partnerportal.onboarding.kernel.customer.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.customer.command.ApproveVerification;
import io.partnerportal.onboarding.kernel.customer.command.CancelSubscription;
import io.partnerportal.onboarding.kernel.customer.command.ChangeBillingInfo;
import io.partnerportal.onboarding.kernel.customer.command.ChangeSubscriptionQuantity;
import io.partnerportal.onboarding.kernel.customer.command.ConfirmMca;
import io.partnerportal.onboarding.kernel.customer.command.DisableCostManagement;
import io.partnerportal.onboarding.kernel.customer.command.EnableCostManagement;
import io.partnerportal.onboarding.kernel.customer.command.GrantGdap;
import io.partnerportal.onboarding.kernel.customer.command.PurchaseSubscription;
import io.partnerportal.onboarding.kernel.customer.command.RejectVerification;
import io.partnerportal.onboarding.kernel.customer.command.RenewSubscription;
import io.partnerportal.onboarding.kernel.customer.command.RequestRelationship;
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
import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.rules.CustomerAction;
import io.partnerportal.onboarding.kernel.customer.rules.CustomerRecordRules;
import io.partnerportal.onboarding.kernel.customer.rules.GdapRules;
import io.partnerportal.onboarding.kernel.customer.rules.McaRules;
import io.partnerportal.onboarding.kernel.customer.rules.PartnerDirectory;
import io.partnerportal.onboarding.kernel.customer.rules.Permissions;
import io.partnerportal.onboarding.kernel.customer.rules.SubscriptionRules;
import io.partnerportal.onboarding.kernel.customer.state.CustomerState;
import io.partnerportal.onboarding.kernel.customer.subscription.BlockedReason;
import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionOperation;
import io.partnerportal.onboarding.kernel.customer.subscription.VerificationPolicy;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rules.CommandRejectedException;
import io.partnerportal.onboarding.kernel.rules.ConflictException;
import io.partnerportal.onboarding.kernel.rules.NotPermittedException;
import io.partnerportal.onboarding.kernel.rules.SubscriptionNotFoundException;
import io.partnerportal.onboarding.kernel.rules.Violation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import java.util.Objects;

/**
 * One customer's consistency boundary: every rule is decided here, from the customer's own history.
 * Command handlers check who may act, check the rules (pure functions of the kernel) and apply events;
 * the one event-sourcing handler only folds events into state. A command that would change nothing
 * records nothing and answers the current version.
 */
@Aggregate
public class CustomerAggregate {

    static final String DEFAULT_GDAP_NAME = "Default relationship";

    @AggregateIdentifier
    private String customerId;
    private CustomerState state;
    private long version;

    protected CustomerAggregate() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CommandOutcome handle(AddCustomer command, MetaData metaData, CustomerRegistry registry,
                                 PartnerDirectory partners) {
        Caller caller = Attribution.callerOf(metaData);
        Permissions.requireMayAddCustomers(caller);
        var violations = new ArrayList<>(CustomerRecordRules.violations(command, partners.emailDomainsOf(caller.partnerId())));
        if (command.associatedResellerId() != null && !partners.isResellerOf(command.associatedResellerId(), caller.partnerId())) {
            violations.add(new Violation("associatedResellerId", "NOT_YOUR_RESELLER",
                    "associatedResellerId must be one of your own indirect resellers"));
        }
        reject(violations);
        registry.claim(command.customerId(), command.domainPrefix(), command.address().country(), command.registrationId());
        List<Violation> warnings = CustomerRecordRules.warnings(command.companyName());
        apply(new CustomerAdded(command.customerId(), command.partnerId(), command.companyName().strip(),
                command.domainPrefix().strip().toLowerCase(), command.registrationId(), command.language(),
                command.primaryContact(), command.address(), command.defaultGdapConsent(),
                command.associatedResellerId(), VerificationStatus.PENDING, warnings));
        if (command.defaultGdapConsent()) {
            apply(new DefaultGdapCreated(command.customerId(), new GdapRelationship(command.defaultGdapRelationshipId(),
                    DEFAULT_GDAP_NAME, GdapRelationship.MAX_DURATION_DAYS, DirectoryRole.DEFAULT_RELATIONSHIP, false,
                    List.of())));
        }
        return outcome(warnings);
    }

    @CommandHandler
    public CommandOutcome handle(ConfirmMca command, MetaData metaData, Clock clock) {
        requireMayAct(metaData, CustomerAction.CONFIRM_MCA);
        reject(McaRules.violations(command.acceptance(), clock));
        if (!command.acceptance().equals(state.mca())) {
            apply(new McaAcceptanceConfirmed(customerId, command.acceptance()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(GrantGdap command, MetaData metaData) {
        requireMayAct(metaData, CustomerAction.GRANT_GDAP);
        reject(GdapRules.violations(command.relationship(), state.gdapDisplayNames()));
        apply(new GdapGranted(customerId, state.partnerId(), command.relationship()));
        return outcome().creating(command.relationship().relationshipId());
    }

    @CommandHandler
    public CommandOutcome handle(ChangeBillingInfo command, MetaData metaData, CustomerRegistry registry,
                                 PartnerDirectory partners) {
        requireMayAct(metaData, CustomerAction.CHANGE_BILLING_INFO);
        BillingProfile changed = command.billingProfile();
        reject(CustomerRecordRules.violations(changed, partners.emailDomainsOf(state.partnerId())));
        if (changed.equals(state.billingProfile())) {
            return outcome();
        }
        if (!sameRegistration(changed, state.billingProfile())) {
            registry.reclaimRegistrationId(customerId, changed.address().country(), changed.registrationId());
        }
        List<Violation> warnings = CustomerRecordRules.warnings(changed.companyName());
        VerificationStatus before = state.verificationStatus();
        apply(new BillingInfoChanged(customerId, changed, warnings));
        // Every change, every time: an approved or rejected customer is verified again.
        if (before != VerificationStatus.PENDING) {
            apply(new VerificationRestarted(customerId, VerificationReason.BILLING_CHANGE, before));
        }
        return outcome(warnings);
    }

    @CommandHandler
    public CommandOutcome handle(ApproveVerification command, MetaData metaData) {
        requireMayAct(metaData, CustomerAction.DECIDE_VERIFICATION);
        if (state.verificationStatus() != VerificationStatus.APPROVED) {
            requirePending();
            apply(new VerificationApproved(customerId));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(RejectVerification command, MetaData metaData) {
        requireMayAct(metaData, CustomerAction.DECIDE_VERIFICATION);
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > 1000) {
            reject(List.of(new Violation("reason", reason.isEmpty() ? "REQUIRED" : "REASON_LENGTH",
                    "reason must say why, in 1 to 1000 characters")));
        }
        if (state.verificationStatus() != VerificationStatus.REJECTED) {
            requirePending();
            apply(new VerificationRejected(customerId, reason));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(EnableCostManagement command, MetaData metaData) {
        requireMayAct(metaData, CustomerAction.MANAGE_COST_MANAGEMENT);
        if (!state.mcaConfirmed()) {
            throw new ConflictException("OPERATION_BLOCKED", "Cost management needs the MCA to be confirmed first.",
                    List.of(BlockedReason.MCA_NOT_CONFIRMED.name()));
        }
        if (!state.costManagementEnabled()) {
            apply(new CostManagementEnabled(customerId));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(DisableCostManagement command, MetaData metaData) {
        requireMayAct(metaData, CustomerAction.MANAGE_COST_MANAGEMENT);
        if (state.costManagementEnabled()) {
            apply(new CostManagementDisabled(customerId));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(PurchaseSubscription command, MetaData metaData, VerificationPolicy policy) {
        requireMayAct(metaData, CustomerAction.MANAGE_SUBSCRIPTIONS);
        reject(SubscriptionRules.purchaseViolations(command.offerId(), command.quantity()));
        requireNotBlocked(policy, SubscriptionOperation.PURCHASE, "PURCHASE_BLOCKED");
        apply(new SubscriptionPurchased(customerId, command.subscriptionId(), command.offerId().strip(),
                command.quantity()));
        return outcome().creating(command.subscriptionId());
    }

    @CommandHandler
    public CommandOutcome handle(ChangeSubscriptionQuantity command, MetaData metaData, VerificationPolicy policy) {
        requireMayAct(metaData, CustomerAction.MANAGE_SUBSCRIPTIONS);
        reject(SubscriptionRules.quantityViolations(command.quantity()));
        CustomerState.Subscription subscription = activeSubscription(command.subscriptionId());
        if (command.quantity() == subscription.quantity()) {
            return outcome();
        }
        requireNotBlocked(policy, command.quantity() > subscription.quantity()
                ? SubscriptionOperation.INCREASE_QUANTITY : SubscriptionOperation.DECREASE_QUANTITY, "OPERATION_BLOCKED");
        apply(new SubscriptionQuantityChanged(customerId, subscription.subscriptionId(), subscription.quantity(),
                command.quantity()));
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(CancelSubscription command, MetaData metaData, VerificationPolicy policy) {
        requireMayAct(metaData, CustomerAction.MANAGE_SUBSCRIPTIONS);
        CustomerState.Subscription subscription = subscription(command.subscriptionId());
        if (subscription.active()) {
            requireNotBlocked(policy, SubscriptionOperation.CANCEL, "OPERATION_BLOCKED");
            apply(new SubscriptionCancelled(customerId, subscription.subscriptionId()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(RenewSubscription command, MetaData metaData, VerificationPolicy policy) {
        requireMayAct(metaData, CustomerAction.MANAGE_SUBSCRIPTIONS);
        CustomerState.Subscription subscription = activeSubscription(command.subscriptionId());
        requireNotBlocked(policy, SubscriptionOperation.RENEW, "OPERATION_BLOCKED");
        apply(new SubscriptionRenewed(customerId, subscription.subscriptionId()));
        return outcome();
    }

    /** Any partner's staff may ask to work with an existing customer; that is what the 409 on a duplicate points to. */
    @CommandHandler
    public CommandOutcome handle(RequestRelationship command, MetaData metaData, RelationshipInvitations invitations) {
        Caller caller = Attribution.callerOf(metaData);
        if (!caller.isPartnerStaff() || !Permissions.may(caller, CustomerAction.REQUEST_RELATIONSHIP)) {
            throw new NotPermittedException("Requesting a relationship needs a partner role.");
        }
        if (caller.partnerId().equals(state.partnerId())) {
            throw new ConflictException("ALREADY_RELATED", "This customer is already yours.");
        }
        String invitationUrl = invitations.urlFor(command.invitationId(), caller.partnerId());
        apply(new RelationshipRequested(customerId, caller.partnerId(), invitationUrl));
        return outcome().creating(invitationUrl);
    }

    @EventSourcingHandler
    void on(CustomerEvent event, @SequenceNumber long sequence) {
        customerId = event.customerId();
        state = CustomerState.evolve(state, event);
        version = sequence + 1;
    }

    private void requireMayAct(MetaData metaData, CustomerAction action) {
        Permissions.requireMayAct(Attribution.callerOf(metaData), action, customerId, state.partnerId(),
                state.associatedResellerId());
    }

    private void requirePending() {
        if (state.verificationStatus() != VerificationStatus.PENDING) {
            throw new ConflictException("VERIFICATION_NOT_PENDING", "The customer is " + state.verificationStatus()
                    + "; only a pending verification can be decided. A billing change submits it again.");
        }
    }

    private void requireNotBlocked(VerificationPolicy policy, SubscriptionOperation operation, String code) {
        List<BlockedReason> reasons = policy.blockedReasons(operation, state.verificationStatus(), state.mcaConfirmed());
        if (!reasons.isEmpty()) {
            throw new ConflictException(code, operation.name().toLowerCase().replace('_', ' ') + " is blocked: " + reasons,
                    reasons.stream().map(Enum::name).toList());
        }
    }

    private CustomerState.Subscription subscription(String subscriptionId) {
        CustomerState.Subscription subscription = state.subscriptions().get(subscriptionId);
        if (subscription == null) {
            throw new SubscriptionNotFoundException(subscriptionId);
        }
        return subscription;
    }

    private CustomerState.Subscription activeSubscription(String subscriptionId) {
        CustomerState.Subscription subscription = subscription(subscriptionId);
        if (!subscription.active()) {
            throw new ConflictException("SUBSCRIPTION_NOT_ACTIVE", "Subscription " + subscriptionId + " is cancelled.");
        }
        return subscription;
    }

    private static boolean sameRegistration(BillingProfile a, BillingProfile b) {
        return Objects.equals(a.registrationId(), b.registrationId())
                && Objects.equals(a.address().country(), b.address().country());
    }

    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new CommandRejectedException(violations);
        }
    }

    private CommandOutcome outcome() {
        return outcome(List.of());
    }

    private CommandOutcome outcome(List<Violation> warnings) {
        return new CommandOutcome(customerId, version, state.verificationStatus(), warnings, null);
    }
}
