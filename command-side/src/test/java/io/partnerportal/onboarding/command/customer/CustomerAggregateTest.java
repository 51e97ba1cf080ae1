package io.partnerportal.onboarding.command.customer;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.customer.command.ApproveVerification;
import io.partnerportal.onboarding.kernel.customer.command.CancelSubscription;
import io.partnerportal.onboarding.kernel.customer.command.ChangeBillingInfo;
import io.partnerportal.onboarding.kernel.customer.command.ChangeSubscriptionQuantity;
import io.partnerportal.onboarding.kernel.customer.command.ConfirmMca;
import io.partnerportal.onboarding.kernel.customer.command.EnableCostManagement;
import io.partnerportal.onboarding.kernel.customer.command.GrantGdap;
import io.partnerportal.onboarding.kernel.customer.command.PurchaseSubscription;
import io.partnerportal.onboarding.kernel.customer.command.RejectVerification;
import io.partnerportal.onboarding.kernel.customer.command.RenewSubscription;
import io.partnerportal.onboarding.kernel.customer.event.BillingInfoChanged;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
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
import io.partnerportal.onboarding.kernel.customer.gdap.SecurityGroupAccess;
import io.partnerportal.onboarding.kernel.customer.access.PartnerDirectory;
import io.partnerportal.onboarding.kernel.customer.subscription.VerificationPolicy;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.ConflictException;
import io.partnerportal.onboarding.kernel.rejection.CustomerAlreadyExistsException;
import io.partnerportal.onboarding.kernel.rejection.CustomerNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.NotPermittedException;
import io.partnerportal.onboarding.kernel.rejection.SubscriptionNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.test.matchers.Matchers.predicate;

@DisplayName("A customer")
class CustomerAggregateTest {

    static final Caller GINA = new Caller("gina", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.GLOBAL_ADMIN));
    static final Caller SARA = new Caller("sara", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.SALES_AGENT));
    static final Caller IVAN = new Caller("ivan", "P-2000", PartnerKind.INDIRECT_PROVIDER, Set.of(Role.ADMIN_AGENT));
    static final Caller RITA = new Caller("rita", "P-2100", PartnerKind.INDIRECT_RESELLER, Set.of(Role.INDIRECT_RESELLER));
    static final Caller VERA = new Caller("vera", null, null, Set.of(Role.VERIFICATION_OFFICER));
    static final Caller OTTO = new Caller("otto", null, null, Set.of(Role.AUDITOR));

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Contact ANA = new Contact("Ana", "Souza", "ana.souza@contoso.com.br", "+55 11 4004 0001");
    static final Address SAO_PAULO = new Address("Av. Paulista 1000", null, "São Paulo", "SP", "01310-100", "BR");
    static final BillingProfile PROFILE = new BillingProfile("Contoso Comércio de Software Ltda", "11.222.333/0001-81",
            ANA, SAO_PAULO);
    static final McaAcceptance MCA = new McaAcceptance(new Contact("Bruno", "Lima", "bruno.lima@contoso.com.br", null),
            TODAY.minusDays(2));

    private AggregateTestFixture<CustomerAggregate> fixture;
    private final FakeRegistry registry = new FakeRegistry();

    @BeforeEach
    void setUp() {
        fixture = fixtureUnder(VerificationPolicy.ARTICLE);
    }

    private AggregateTestFixture<CustomerAggregate> fixtureUnder(VerificationPolicy policy) {
        var fresh = new AggregateTestFixture<>(CustomerAggregate.class);
        fresh.registerInjectableResource(registry);
        fresh.registerInjectableResource(new DemoPartners());
        fresh.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
        fresh.registerInjectableResource(policy);
        return fresh;
    }

    static Map<String, Object> by(Caller caller) {
        return Attribution.of(caller, "req-1");
    }

    static AddCustomer addContoso(boolean consent) {
        return new AddCustomer("c-1", "P-1000", PROFILE.companyName(), "contosobr", PROFILE.registrationId(), "pt-BR",
                ANA, SAO_PAULO, consent, null, "gdap-default");
    }

    static CustomerAdded added() {
        return new CustomerAdded("c-1", "P-1000", "contosobr", "pt-BR",
                new BillingProfile(PROFILE.companyName(), PROFILE.registrationId(), ANA,
                        SAO_PAULO), false, null, VerificationStatus.PENDING, List.of());
    }

    static CustomerAdded addedForReseller() {
        return new CustomerAdded("c-1", "P-2000", "contosobr", "pt-BR",
                new BillingProfile(PROFILE.companyName(), PROFILE.registrationId(), ANA,
                        SAO_PAULO), false, "P-2100", VerificationStatus.PENDING, List.of());
    }

    static SubscriptionPurchased purchased() {
        return new SubscriptionPurchased("c-1", "s-1", "CFQ7TTC0LH18", 10);
    }

    private TestExecutor<CustomerAggregate> pending() {
        return fixture.given(added());
    }

    private TestExecutor<CustomerAggregate> approvedWithMca() {
        return fixture.given(added(), new VerificationApproved("c-1"), new McaAcceptanceConfirmed("c-1", MCA));
    }

    private static ResultValidator<CustomerAggregate> expectViolations(ResultValidator<CustomerAggregate> result,
                                                                       String... fields) {
        return result.expectNoEvents().expectException(predicate(e -> e instanceof RulesBrokenException rejected
                && rejected.violations().stream().map(Violation::field).toList().equals(List.of(fields))));
    }

    private static ResultValidator<CustomerAggregate> expectConflict(ResultValidator<CustomerAggregate> result,
                                                                     String code, String... blockedReasons) {
        return result.expectNoEvents().expectException(predicate(e -> e instanceof ConflictException conflict
                && conflict.code().equals(code) && conflict.blockedReasons().equals(List.of(blockedReasons))));
    }

    @Nested
    @DisplayName("when added")
    class WhenAdded {

        @Test
        @DisplayName("is recorded as pending verification with the whole record, at version 1")
        void isPendingAtVersionOne() {
            fixture.givenNoPriorActivity()
                    .when(addContoso(false), by(GINA))
                    .expectEvents(added())
                    .expectResultMessagePayload(new CommandOutcome("c-1", 1, VerificationStatus.PENDING, List.of(), null));
        }

        @Test
        @DisplayName("with default GDAP consent also gets the default relationship, at version 2")
        void consentCreatesDefaultGdap() {
            CustomerAdded withConsent = new CustomerAdded("c-1", "P-1000", "contosobr", "pt-BR",
                new BillingProfile(PROFILE.companyName(), PROFILE.registrationId(), ANA,
                        SAO_PAULO), true, null, VerificationStatus.PENDING, List.of());
            fixture.givenNoPriorActivity()
                    .when(addContoso(true), by(GINA))
                    .expectEvents(withConsent, new DefaultGdapCreated("c-1", new GdapRelationship("gdap-default",
                            CustomerAggregate.DEFAULT_GDAP_NAME, 730, DirectoryRole.DEFAULT_RELATIONSHIP, false, List.of())))
                    .expectResultMessagePayloadMatching(predicate(outcome -> ((CommandOutcome) outcome).version() == 2));
        }

        @Test
        @DisplayName("with a company name containing '.com' is accepted with a warning recorded in the event")
        void domainInNameWarns() {
            var command = new AddCustomer("c-1", "P-1000", "Contoso.com Comércio Ltda", "contosobr", PROFILE.registrationId(),
                    "pt-BR", ANA, SAO_PAULO, false, null, "g");
            fixture.givenNoPriorActivity()
                    .when(command, by(GINA))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(predicate(event ->
                                    event instanceof CustomerAdded a && a.warnings().size() == 1
                                            && a.warnings().getFirst().code().equals("COMPANY_NAME_CONTAINS_DOMAIN")))));
        }

        @Test
        @DisplayName("with fields missing is refused with every violation at once, and nothing is recorded")
        void missingFieldsAreRefused() {
            var incomplete = new AddCustomer("c-1", "P-1000", "", null, PROFILE.registrationId(), "pt-BR", null,
                    SAO_PAULO, true, null, "g");
            expectViolations(fixture.givenNoPriorActivity().when(incomplete, by(GINA)),
                    "domainPrefix", "companyName", "primaryContact");
        }

        @Test
        @DisplayName("in Brazil without a registration id and phone is refused")
        void registrationIdAndPhoneRequired() {
            var command = new AddCustomer("c-1", "P-1000", PROFILE.companyName(), "contosobr", null, "pt-BR",
                    new Contact("Ana", "Souza", "ana.souza@contoso.com.br", null), SAO_PAULO, false, null, "g");
            expectViolations(fixture.givenNoPriorActivity().when(command, by(GINA)),
                    "registrationId", "primaryContact.phone");
        }

        @Test
        @DisplayName("whose domain prefix or registration id exists already is not added again")
        void duplicateIsRefused() {
            registry.claim("c-0", "contosobr", "BR", PROFILE.registrationId());
            fixture.givenNoPriorActivity()
                    .when(addContoso(false), by(GINA))
                    .expectNoEvents()
                    .expectException(CustomerAlreadyExistsException.class);
        }

        @Test
        @DisplayName("by an indirect reseller is refused, pointing to a relationship request")
        void resellerIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(addContoso(false), by(RITA))
                    .expectNoEvents()
                    .expectException(NotPermittedException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("request a relationship"));
        }

        @Test
        @DisplayName("by platform staff is refused: only a partner adds its customers")
        void platformStaffIsRefused() {
            fixture.givenNoPriorActivity().when(addContoso(false), by(VERA))
                    .expectNoEvents().expectException(NotPermittedException.class);
        }

        @Test
        @DisplayName("by an indirect provider on behalf of its own reseller carries the reseller")
        void providerAddsForOwnReseller() {
            var command = new AddCustomer("c-1", "P-2000", PROFILE.companyName(), "contosobr", PROFILE.registrationId(),
                    "pt-BR", ANA, SAO_PAULO, false, "P-2100", "g");
            fixture.givenNoPriorActivity().when(command, by(IVAN)).expectEvents(addedForReseller());
        }

        @Test
        @DisplayName("on behalf of a reseller that is not the partner's own is refused")
        void foreignResellerIsRefused() {
            var command = new AddCustomer("c-1", "P-1000", PROFILE.companyName(), "contosobr", PROFILE.registrationId(),
                    "pt-BR", ANA, SAO_PAULO, false, "P-2100", "g");
            expectViolations(fixture.givenNoPriorActivity().when(command, by(GINA)), "associatedResellerId");
        }
    }

    @Nested
    @DisplayName("verification")
    class Verification {

        @Test
        @DisplayName("a verification officer approves a pending customer")
        void officerApproves() {
            pending().when(new ApproveVerification("c-1", null), by(VERA))
                    .expectEvents(new VerificationApproved("c-1"))
                    .expectResultMessagePayload(new CommandOutcome("c-1", 2, VerificationStatus.APPROVED, List.of(), null));
        }

        @Test
        @DisplayName("a partner cannot approve its own customer")
        void partnerCannotApprove() {
            pending().when(new ApproveVerification("c-1", null), by(GINA))
                    .expectNoEvents().expectException(NotPermittedException.class);
        }

        @Test
        @DisplayName("a rejection says why")
        void rejectionNeedsReason() {
            expectViolations(pending().when(new RejectVerification("c-1", null, " "), by(VERA)), "reason");
            fixture.given(added()).when(new RejectVerification("c-1", null, "Registration id does not match the name"), by(VERA))
                    .expectEvents(new VerificationRejected("c-1", "Registration id does not match the name"));
        }

        @Test
        @DisplayName("a rejected customer is not approved until a billing change submits it again")
        void rejectedIsNotApproved() {
            expectConflict(fixture.given(added(), new VerificationRejected("c-1", "wrong id"))
                    .when(new ApproveVerification("c-1", null), by(VERA)), "VERIFICATION_NOT_PENDING");
        }
    }

    @Nested
    @DisplayName("billing info")
    class Billing {

        private final BillingProfile moved = new BillingProfile(PROFILE.companyName(), PROFILE.registrationId(), ANA,
                new Address("Rua Augusta 500", null, "São Paulo", "SP", "01305-000", "BR"));

        @Test
        @DisplayName("changed on an approved customer sends it back to verification")
        void approvedGoesBackToPending() {
            fixture.given(added(), new VerificationApproved("c-1"))
                    .when(new ChangeBillingInfo("c-1", null, moved), by(GINA))
                    .expectEvents(new BillingInfoChanged("c-1", moved, List.of()),
                            new VerificationRestarted("c-1", VerificationReason.BILLING_CHANGE, VerificationStatus.APPROVED))
                    .expectResultMessagePayloadMatching(predicate(outcome ->
                            ((CommandOutcome) outcome).verificationStatus() == VerificationStatus.PENDING));
        }

        @Test
        @DisplayName("changed on a rejected customer submits it again")
        void rejectedIsResubmitted() {
            fixture.given(added(), new VerificationRejected("c-1", "wrong address"))
                    .when(new ChangeBillingInfo("c-1", null, moved), by(GINA))
                    .expectEvents(new BillingInfoChanged("c-1", moved, List.of()),
                            new VerificationRestarted("c-1", VerificationReason.BILLING_CHANGE, VerificationStatus.REJECTED));
        }

        @Test
        @DisplayName("changed while pending stays pending, with no second restart")
        void pendingStaysPending() {
            pending().when(new ChangeBillingInfo("c-1", null, moved), by(GINA))
                    .expectEvents(new BillingInfoChanged("c-1", moved, List.of()));
        }

        @Test
        @DisplayName("a change that changes nothing records nothing")
        void noChangeNoEvent() {
            fixture.given(added(), new VerificationApproved("c-1"))
                    .when(new ChangeBillingInfo("c-1", null, PROFILE), by(GINA))
                    .expectNoEvents().expectSuccessfulHandlerExecution();
        }

        @Test
        @DisplayName("another partner's staff are told there is no such customer")
        void otherPartnerGetsNotFound() {
            pending().when(new ChangeBillingInfo("c-1", null, moved), by(IVAN))
                    .expectNoEvents().expectException(CustomerNotFoundException.class);
        }

        @Test
        @DisplayName("a sales agent may not change it")
        void salesAgentMayNot() {
            pending().when(new ChangeBillingInfo("c-1", null, moved), by(SARA))
                    .expectNoEvents().expectException(NotPermittedException.class);
        }
    }

    @Nested
    @DisplayName("MCA acceptance")
    class Mca {

        @Test
        @DisplayName("is recorded with who accepted and when")
        void isRecorded() {
            pending().when(new ConfirmMca("c-1", null, MCA), by(SARA))
                    .expectEvents(new McaAcceptanceConfirmed("c-1", MCA));
        }

        @Test
        @DisplayName("confirmed again with the same person and date changes nothing")
        void sameAgainIsNoOp() {
            fixture.given(added(), new McaAcceptanceConfirmed("c-1", MCA))
                    .when(new ConfirmMca("c-1", null, MCA), by(SARA)).expectNoEvents();
        }

        @Test
        @DisplayName("confirmed with another person is a new confirmation")
        void otherPersonIsNewConfirmation() {
            var other = new McaAcceptance(ANA, TODAY);
            fixture.given(added(), new McaAcceptanceConfirmed("c-1", MCA))
                    .when(new ConfirmMca("c-1", null, other), by(SARA))
                    .expectEvents(new McaAcceptanceConfirmed("c-1", other));
        }

        @Test
        @DisplayName("cannot be dated in the future")
        void notInFuture() {
            expectViolations(pending().when(new ConfirmMca("c-1", null, new McaAcceptance(ANA, TODAY.plusDays(3))),
                    by(SARA)), "dateAccepted");
        }

        @Test
        @DisplayName("cannot be confirmed by an indirect reseller; its provider does")
        void resellerCannotConfirm() {
            fixture.given(addedForReseller()).when(new ConfirmMca("c-1", null, MCA), by(RITA))
                    .expectNoEvents().expectException(NotPermittedException.class);
        }
    }

    @Nested
    @DisplayName("GDAP")
    class Gdap {

        private GdapRelationship grant(String name, int days, Set<DirectoryRole> roles, boolean autoExtend,
                                       List<SecurityGroupAccess> groups) {
            return new GdapRelationship("r-1", name, days, roles, autoExtend, groups);
        }

        @Test
        @DisplayName("a valid grant is recorded with its security-group assignments")
        void validGrant() {
            var relationship = grant("Helpdesk", 365, Set.of(DirectoryRole.HELPDESK_ADMINISTRATOR,
                    DirectoryRole.USER_ADMINISTRATOR), true, List.of(new SecurityGroupAccess("sg-helpdesk",
                    Set.of(DirectoryRole.HELPDESK_ADMINISTRATOR))));
            pending().when(new GrantGdap("c-1", null, relationship), by(GINA))
                    .expectEvents(new GdapGranted("c-1", "P-1000", relationship));
        }

        @Test
        @DisplayName("a display name already used with this customer is refused")
        void displayNameUnique() {
            fixture.given(added(), new DefaultGdapCreated("c-1", new GdapRelationship("d", "Helpdesk", 730,
                            DirectoryRole.DEFAULT_RELATIONSHIP, false, List.of())))
                    .when(new GrantGdap("c-1", null, grant("helpdesk", 30, Set.of(DirectoryRole.GLOBAL_READER), false,
                            List.of())), by(GINA))
                    .expectNoEvents().expectException(RulesBrokenException.class);
        }

        @Test
        @DisplayName("refuses a long name, a duration over two years, no roles, and auto-extend with Global Administrator")
        void grantRules() {
            expectViolations(pending().when(new GrantGdap("c-1", null, grant("x".repeat(51), 731, Set.of(), false,
                    List.of())), by(GINA)), "displayName", "durationDays", "roles");
            expectViolations(fixture.given(added()).when(new GrantGdap("c-1", null, grant("Admins", 30,
                    Set.of(DirectoryRole.GLOBAL_ADMINISTRATOR), true, List.of())), by(GINA)), "autoExtend");
        }

        @Test
        @DisplayName("a security group gets only roles of the relationship")
        void groupRolesAreASubset() {
            expectViolations(pending().when(new GrantGdap("c-1", null, grant("Readers", 30,
                    Set.of(DirectoryRole.GLOBAL_READER), false, List.of(new SecurityGroupAccess("sg-1",
                            Set.of(DirectoryRole.USER_ADMINISTRATOR))))), by(GINA)), "securityGroups[0].roles");
        }
    }

    @Nested
    @DisplayName("cost management")
    class CostManagement {

        @Test
        @DisplayName("needs the MCA to be confirmed")
        void needsMca() {
            expectConflict(pending().when(new EnableCostManagement("c-1", null), by(GINA)),
                    "OPERATION_BLOCKED", "MCA_NOT_CONFIRMED");
        }

        @Test
        @DisplayName("is enabled once the MCA is confirmed, and enabling again changes nothing")
        void enabledAfterMca() {
            fixture.given(added(), new McaAcceptanceConfirmed("c-1", MCA))
                    .when(new EnableCostManagement("c-1", null), by(GINA))
                    .expectEvents(new CostManagementEnabled("c-1"));
            fixture.given(added(), new McaAcceptanceConfirmed("c-1", MCA), new CostManagementEnabled("c-1"))
                    .when(new EnableCostManagement("c-1", null), by(GINA)).expectNoEvents();
        }
    }

    @Nested
    @DisplayName("subscriptions")
    class Subscriptions {

        @Test
        @DisplayName("a purchase while pending and without MCA is blocked, naming every reason")
        void purchaseBlockedWithEveryReason() {
            expectConflict(pending().when(new PurchaseSubscription("c-1", null, "s-1", "CFQ7TTC0LH18", 10), by(SARA)),
                    "PURCHASE_BLOCKED", "VERIFICATION_PENDING", "MCA_NOT_CONFIRMED");
        }

        @Test
        @DisplayName("a purchase for an approved customer is blocked until the MCA is confirmed")
        void purchaseNeedsMca() {
            expectConflict(fixture.given(added(), new VerificationApproved("c-1"))
                            .when(new PurchaseSubscription("c-1", null, "s-1", "CFQ7TTC0LH18", 10), by(SARA)),
                    "PURCHASE_BLOCKED", "MCA_NOT_CONFIRMED");
        }

        @Test
        @DisplayName("a purchase for an approved customer with the MCA goes through")
        void purchaseGoesThrough() {
            approvedWithMca().when(new PurchaseSubscription("c-1", null, "s-1", "CFQ7TTC0LH18", 10), by(SARA))
                    .expectEvents(purchased());
        }

        @Test
        @DisplayName("a purchase of zero seats is refused")
        void quantityRange() {
            expectViolations(approvedWithMca().when(new PurchaseSubscription("c-1", null, "s-1", "CFQ7TTC0LH18", 0),
                    by(SARA)), "quantity");
        }

        @Test
        @DisplayName("after a billing change, quantity changes and cancellations are blocked but renewals go through")
        void billingChangeBlocksManagementNotRenewal() {
            var reverified = new Object[]{added(), new VerificationApproved("c-1"), new McaAcceptanceConfirmed("c-1", MCA),
                    purchased(), new BillingInfoChanged("c-1", PROFILE, List.of()),
                    new VerificationRestarted("c-1", VerificationReason.BILLING_CHANGE, VerificationStatus.APPROVED)};
            expectConflict(fixture.given(reverified).when(new ChangeSubscriptionQuantity("c-1", null, "s-1", 5), by(SARA)),
                    "OPERATION_BLOCKED", "VERIFICATION_PENDING");
            expectConflict(fixture.given(reverified).when(new CancelSubscription("c-1", null, "s-1"), by(SARA)),
                    "OPERATION_BLOCKED", "VERIFICATION_PENDING");
            fixture.given(reverified).when(new RenewSubscription("c-1", null, "s-1"), by(SARA))
                    .expectEvents(new SubscriptionRenewed("c-1", "s-1"));
        }

        @Test
        @DisplayName("under the relaxed policy, seat reductions and cancellations continue during review, increases do not")
        void relaxedPolicy() {
            fixture = fixtureUnder(VerificationPolicy.RELAXED);
            Object[] pendingWithSubscription = {added(), new VerificationApproved("c-1"),
                    new McaAcceptanceConfirmed("c-1", MCA), purchased(),
                    new VerificationRestarted("c-1", VerificationReason.BILLING_CHANGE, VerificationStatus.APPROVED)};
            fixture.given(pendingWithSubscription).when(new ChangeSubscriptionQuantity("c-1", null, "s-1", 5), by(SARA))
                    .expectEvents(new SubscriptionQuantityChanged("c-1", "s-1", 10, 5));
            expectConflict(fixture.given(pendingWithSubscription)
                            .when(new ChangeSubscriptionQuantity("c-1", null, "s-1", 20), by(SARA)),
                    "OPERATION_BLOCKED", "VERIFICATION_PENDING");
            fixture.given(pendingWithSubscription).when(new CancelSubscription("c-1", null, "s-1"), by(SARA))
                    .expectEvents(new SubscriptionCancelled("c-1", "s-1"));
        }

        @Test
        @DisplayName("an unknown subscription is not found, and a cancelled one is not renewed")
        void unknownAndCancelled() {
            approvedWithMca().when(new RenewSubscription("c-1", null, "s-9"), by(SARA))
                    .expectException(SubscriptionNotFoundException.class);
            expectConflict(fixture.given(added(), purchased(), new SubscriptionCancelled("c-1", "s-1"))
                    .when(new RenewSubscription("c-1", null, "s-1"), by(SARA)), "SUBSCRIPTION_NOT_ACTIVE");
        }

        @Test
        @DisplayName("an auditor, who never writes, may not buy")
        void auditorMayNotBuy() {
            approvedWithMca().when(new PurchaseSubscription("c-1", null, "s-1", "CFQ7TTC0LH18", 1), by(OTTO))
                    .expectNoEvents().expectException(NotPermittedException.class);
        }
    }

    /** The directory of the demo partners: P-2100 resells for P-2000. */
    static class DemoPartners implements PartnerDirectory {

        @Override
        public boolean isResellerOf(String reseller, String provider) {
            return "P-2000".equals(provider) && "P-2100".equals(reseller);
        }

        @Override
        public Set<String> emailDomainsOf(String partnerId) {
            return Set.of("contoso-partners.example");
        }
    }

    /** The uniqueness registry in memory: the JDBC one is tested on the real database. */
    static class FakeRegistry implements CustomerRegistry {

        private final Map<String, String> claims = new HashMap<>();

        @Override
        public void claim(String customerId, String domainPrefix, String country, String registrationId) {
            if (claims.containsKey("prefix:" + domainPrefix) || claims.containsKey(country + ":" + registrationId)) {
                throw new CustomerAlreadyExistsException("domainPrefix", domainPrefix);
            }
            claims.put("prefix:" + domainPrefix, customerId);
            claims.put(country + ":" + registrationId, customerId);
        }

        @Override
        public void reclaimRegistrationId(String customerId, String country, String registrationId) {
            claims.put(country + ":" + registrationId, customerId);
        }

        @Override
        public Optional<String> customerWithDomainPrefix(String domainPrefix) {
            return Optional.ofNullable(claims.get("prefix:" + domainPrefix));
        }

        @Override
        public boolean isCustomer(String customerId) {
            return claims.containsValue(customerId);
        }
    }
}
