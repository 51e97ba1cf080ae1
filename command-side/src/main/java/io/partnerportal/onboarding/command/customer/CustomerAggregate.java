package io.partnerportal.onboarding.command.customer;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.command.customer.CommandOutcome.Created;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.customer.access.PartnerDirectory;
import io.partnerportal.onboarding.kernel.customer.access.ResellerRules;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.customer.command.ChangeOfACustomer;
import io.partnerportal.onboarding.kernel.customer.mca.CostManagementRules;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationRules;
import io.partnerportal.onboarding.kernel.rejection.VersionMismatchException;
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
import io.partnerportal.onboarding.kernel.customer.event.BillingInfoChanged;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementDisabled;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.DefaultGdapCreated;
import io.partnerportal.onboarding.kernel.customer.event.GdapGranted;
import io.partnerportal.onboarding.kernel.customer.event.McaAcceptanceConfirmed;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionCancelled;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionPurchased;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionQuantityChanged;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionRenewed;
import io.partnerportal.onboarding.kernel.customer.event.VerificationApproved;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRejected;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRestarted;
import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.record.CustomerRecordRules;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRules;
import io.partnerportal.onboarding.kernel.customer.mca.McaRules;
import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionRules;
import io.partnerportal.onboarding.kernel.customer.state.CustomerState;
import io.partnerportal.onboarding.kernel.customer.subscription.BlockedReason;
import io.partnerportal.onboarding.kernel.rejection.Wording;
import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionOperation;
import io.partnerportal.onboarding.kernel.customer.subscription.VerificationPolicy;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.ConflictException;
import io.partnerportal.onboarding.kernel.rejection.SubscriptionNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer's consistency boundary: every rule is decided here, from the customer's own history. Each
 * command handler authorises the caller ({@link AccessRules}), decides with the kernel's pure rules, and
 * applies events; the one event-sourcing handler only folds events into state. A command that would change
 * nothing records nothing and answers the current version. Its snapshots (ADR 11) are its three fields, in JSON.
 */
@Aggregate(snapshotTriggerDefinition = "customerSnapshotTrigger", snapshotFilter = "customerSnapshotFilter")
@Revision("1") // of its snapshots: raise it when the shape of its fields (CustomerState too) changes
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CustomerAggregate {

    static final String DEFAULT_GDAP_NAME = "Default relationship";

    @AggregateIdentifier
    private String customerId;
    private CustomerState state;
    /** The contract's version: the number of events in the stream. */
    private long version;

    protected CustomerAggregate() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CommandOutcome handle(AddCustomer command, Caller caller, CustomerRegistry registry, PartnerDirectory partners) {
        AccessRules.require(caller, CustomerAction.ADD_CUSTOMER);
        var violations = new ArrayList<>(CustomerRecordRules.violations(command.domainPrefix(), command.language(),
                command.billingProfile(), partners.emailDomainsOf(caller.partnerId())));
        violations.addAll(ResellerRules.associationViolations(command.associatedResellerId(), caller.partnerId(), partners));
        reject(violations);
        registry.claim(command.customerId(), command.domainPrefix(), command.address().country(), command.registrationId());
        List<Violation> warnings = CustomerRecordRules.warnings(command.companyName());
        BillingProfile billing = command.billingProfile();
        apply(new CustomerAdded(command.customerId(), command.partnerId(), command.domainPrefix().strip().toLowerCase(),
                command.language(), new BillingProfile(billing.companyName().strip(), billing.registrationId(),
                        billing.primaryContact(), billing.address()), command.defaultGdapConsent(),
                command.associatedResellerId(), VerificationStatus.PENDING, warnings));
        if (command.defaultGdapConsent()) {
            apply(new DefaultGdapCreated(command.customerId(), new GdapRelationship(command.defaultGdapRelationshipId(),
                    DEFAULT_GDAP_NAME, GdapRelationship.MAX_DURATION_DAYS, DirectoryRole.DEFAULT_RELATIONSHIP, false,
                    List.of())));
        }
        return outcome(warnings);
    }

    /**
     * A conditional write names the version its sender saw; the customer must still be at it. Only a caller
     * who may see the customer learns its version: to anyone else it does not exist (404), whatever If-Match.
     */
    @CommandHandlerInterceptor
    public Object requireExpectedVersion(ChangeOfACustomer command, Caller caller, InterceptorChain chain) throws Exception {
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            AccessRules.require(caller, CustomerAction.READ_CUSTOMER, customerId, state.partnerId(),
                    state.associatedResellerId());
            throw new VersionMismatchException(command.expectedVersion(), version);
        }
        return chain.proceed();
    }

    @CommandHandler
    public CommandOutcome handle(ConfirmMca command, Caller caller, Clock clock) {
        authorise(caller, CustomerAction.CONFIRM_MCA);
        reject(McaRules.violations(command.acceptance(), clock));
        if (!command.acceptance().equals(state.mca())) {
            apply(new McaAcceptanceConfirmed(customerId, command.acceptance()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(GrantGdap command, Caller caller) {
        authorise(caller, CustomerAction.GRANT_GDAP);
        reject(GdapRules.violations(command.relationship(), state.gdapDisplayNames()));
        apply(new GdapGranted(customerId, state.partnerId(), command.relationship()));
        return outcome().creating(new Created.GdapRelationship(command.relationship().relationshipId()));
    }

    @CommandHandler
    public CommandOutcome handle(ChangeBillingInfo command, Caller caller, CustomerRegistry registry,
                                 PartnerDirectory partners) {
        authorise(caller, CustomerAction.CHANGE_BILLING_INFO);
        BillingProfile changed = command.billingProfile();
        reject(CustomerRecordRules.violations(changed, partners.emailDomainsOf(state.partnerId())));
        if (changed.equals(state.billingProfile())) {
            return outcome();
        }
        if (!changed.sameRegistrationAs(state.billingProfile())) {
            registry.reclaimRegistrationId(customerId, changed.address().country(), changed.registrationId());
        }
        List<Violation> warnings = CustomerRecordRules.warnings(changed.companyName());
        VerificationStatus before = state.verificationStatus();
        apply(new BillingInfoChanged(customerId, changed, warnings));
        if (VerificationRules.billingChangeRestartsVerification(before)) {
            apply(new VerificationRestarted(customerId, VerificationReason.BILLING_CHANGE, before));
        }
        return outcome(warnings);
    }

    @CommandHandler
    public CommandOutcome handle(ApproveVerification command, Caller caller) {
        authorise(caller, CustomerAction.DECIDE_VERIFICATION);
        if (decide(VerificationStatus.APPROVED)) {
            apply(new VerificationApproved(customerId));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(RejectVerification command, Caller caller) {
        authorise(caller, CustomerAction.DECIDE_VERIFICATION);
        reject(VerificationRules.rejectionReasonViolations(command.reason()));
        if (decide(VerificationStatus.REJECTED)) {
            apply(new VerificationRejected(customerId, command.reason().strip()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(EnableCostManagement command, Caller caller) {
        authorise(caller, CustomerAction.MANAGE_COST_MANAGEMENT);
        List<BlockedReason> blocked = CostManagementRules.enablingBlockedBy(state.mcaConfirmed());
        if (!blocked.isEmpty()) {
            throw new ConflictException("OPERATION_BLOCKED", "Cost management needs the MCA to be confirmed first.",
                    blocked.stream().map(Enum::name).toList());
        }
        if (!state.costManagementEnabled()) {
            apply(new CostManagementEnabled(customerId));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(DisableCostManagement command, Caller caller) {
        authorise(caller, CustomerAction.MANAGE_COST_MANAGEMENT);
        if (state.costManagementEnabled()) {
            apply(new CostManagementDisabled(customerId));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(PurchaseSubscription command, Caller caller, VerificationPolicy policy) {
        authorise(caller, CustomerAction.MANAGE_SUBSCRIPTIONS);
        reject(SubscriptionRules.purchaseViolations(command.offerId(), command.quantity()));
        requireNotBlocked(policy, SubscriptionOperation.PURCHASE, "PURCHASE_BLOCKED");
        apply(new SubscriptionPurchased(customerId, command.subscriptionId(), command.offerId().strip(),
                command.quantity()));
        return outcome().creating(new Created.Subscription(command.subscriptionId()));
    }

    @CommandHandler
    public CommandOutcome handle(ChangeSubscriptionQuantity command, Caller caller, VerificationPolicy policy) {
        authorise(caller, CustomerAction.MANAGE_SUBSCRIPTIONS);
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
    public CommandOutcome handle(CancelSubscription command, Caller caller, VerificationPolicy policy) {
        authorise(caller, CustomerAction.MANAGE_SUBSCRIPTIONS);
        CustomerState.Subscription subscription = subscription(command.subscriptionId());
        if (subscription.active()) {
            requireNotBlocked(policy, SubscriptionOperation.CANCEL, "OPERATION_BLOCKED");
            apply(new SubscriptionCancelled(customerId, subscription.subscriptionId()));
        }
        return outcome();
    }

    @CommandHandler
    public CommandOutcome handle(RenewSubscription command, Caller caller, VerificationPolicy policy) {
        authorise(caller, CustomerAction.MANAGE_SUBSCRIPTIONS);
        CustomerState.Subscription subscription = activeSubscription(command.subscriptionId());
        requireNotBlocked(policy, SubscriptionOperation.RENEW, "OPERATION_BLOCKED");
        apply(new SubscriptionRenewed(customerId, subscription.subscriptionId()));
        return outcome();
    }

    /** The one place where Axon's zero-based sequence numbers become the contract's version. */
    @EventSourcingHandler
    void on(CustomerEvent event, @SequenceNumber long sequence) {
        customerId = event.customerId();
        state = CustomerState.evolve(state, event);
        version = sequence + 1;
    }

    private void authorise(Caller caller, CustomerAction action) {
        AccessRules.require(caller, action, customerId, state.partnerId(), state.associatedResellerId());
    }

    /** Whether a decision is to be recorded; refuses one that is not for a pending customer. */
    private boolean decide(VerificationStatus decision) {
        return switch (VerificationRules.decide(state.verificationStatus(), decision)) {
            case RECORD -> true;
            case ALREADY_DECIDED -> false;
            case NOT_PENDING -> throw new ConflictException("VERIFICATION_NOT_PENDING", "The customer's verification is "
                    + state.verificationStatus().name().toLowerCase() + "; only a pending verification can be decided. A billing change "
                    + "submits it again.");
        };
    }

    private void requireNotBlocked(VerificationPolicy policy, SubscriptionOperation operation, String code) {
        List<BlockedReason> reasons = policy.blockedReasons(operation, state.verificationStatus(), state.mcaConfirmed());
        if (!reasons.isEmpty()) {
            String what = operation.name().charAt(0) + operation.name().substring(1).toLowerCase().replace('_', ' ');
            throw new ConflictException(code, what + " is blocked because "
                    + Wording.all(reasons.stream().map(BlockedReason::words).toList()) + ".",
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

    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RulesBrokenException(violations);
        }
    }

    private CommandOutcome outcome() {
        return outcome(List.of());
    }

    private CommandOutcome outcome(List<Violation> warnings) {
        return new CommandOutcome(customerId, version, state.verificationStatus(), warnings, null);
    }
}
