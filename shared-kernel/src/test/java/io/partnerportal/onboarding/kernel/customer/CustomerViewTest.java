package io.partnerportal.onboarding.kernel.customer;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationDeadline;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.event.BillingInfoChanged;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.GdapGranted;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionCancelled;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionPurchased;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionQuantityChanged;
import io.partnerportal.onboarding.kernel.customer.event.SubscriptionRenewed;
import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.gdap.SecurityGroupAccess;
import io.partnerportal.onboarding.kernel.customer.gdap.UnifiedRole;
import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionView;
import io.partnerportal.onboarding.kernel.customer.event.VerificationApproved;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRestarted;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The customer view fold")
class CustomerViewTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:30:00Z");

    static CustomerAdded added(String customerId) {
        return new CustomerAdded(customerId, "P-2000", "fabrikamit", "it-IT",
                new BillingProfile("Fabrikam S.p.A.", null, new Contact("Giulia", "Bianchi", "giulia@fabrikam.it", null),
                        new Address("Via Roma 1", null, "Milano", "MI", "20121", "IT")), false, "P-2100", VerificationStatus.PENDING, List.of());
    }

    @Test
    @DisplayName("a new customer becomes a pending view at version 1 with everything the event recorded")
    void addedCustomerIsPendingAtVersionOne() {
        var view = CustomerView.evolve(null, new RecordedCustomerEvent(0, AT, added("c-7")));

        assertThat(view.customerId()).isEqualTo("c-7");
        assertThat(view.partnerId()).isEqualTo("P-2000");
        assertThat(view.associatedResellerId()).isEqualTo("P-2100");
        assertThat(view.billing().companyName()).isEqualTo("Fabrikam S.p.A.");
        assertThat(view.billing().address().city()).isEqualTo("Milano");
        assertThat(view.verification().status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(view.verification().reason()).isEqualTo(VerificationReason.NEW_CUSTOMER);
        assertThat(view.verification().dueBy()).isEqualTo(VerificationDeadline.dueBy(AT));
        assertThat(view.mca().confirmed()).isFalse();
        assertThat(view.origin().addedAt()).isEqualTo(AT);
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("a billing change shows the new profile, and re-verification shows the customer pending again")
    void billingChangeAndReverification() {
        var moved = new BillingProfile("Fabrikam S.p.A.", null, new Contact("Giulia", "Bianchi", "giulia@fabrikam.it", null),
                new Address("Corso Como 2", null, "Milano", "MI", "20154", "IT"));
        var view = CustomerView.evolve(null, new RecordedCustomerEvent(0, AT, added("c-7")));
        view = CustomerView.evolve(view, new RecordedCustomerEvent(1, AT, new VerificationApproved("c-7")));
        assertThat(view.verification().status()).isEqualTo(VerificationStatus.APPROVED);
        assertThat(view.verification().dueBy()).isNull();

        view = CustomerView.evolve(view, new RecordedCustomerEvent(2, AT.plusSeconds(5),
                new BillingInfoChanged("c-7", moved, List.of())));
        view = CustomerView.evolve(view, new RecordedCustomerEvent(3, AT.plusSeconds(5),
                new VerificationRestarted("c-7", VerificationReason.BILLING_CHANGE, VerificationStatus.APPROVED)));

        assertThat(view.billing().address().addressLine1()).isEqualTo("Corso Como 2");
        assertThat(view.verification().status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(view.verification().reason()).isEqualTo(VerificationReason.BILLING_CHANGE);
        assertThat(view.verification().submittedAt()).isEqualTo(AT.plusSeconds(5));
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.lastChangedAt()).isEqualTo(AT.plusSeconds(5));
        assertThat(view.origin().addedAt()).isEqualTo(AT);
    }

    @Test
    @DisplayName("shows GDAP relationships, cost management and subscriptions as they change")
    void gdapCostManagementAndSubscriptions() {
        var helpdesk = new GdapRelationship("r-1", "Helpdesk", 365, Set.of(DirectoryRole.HELPDESK_ADMINISTRATOR), true,
                List.of(new SecurityGroupAccess("sg-1", Set.of(DirectoryRole.HELPDESK_ADMINISTRATOR))));
        var events = List.<CustomerEvent>of(added("c-7"), new GdapGranted("c-7", "P-2000", helpdesk),
                new CostManagementEnabled("c-7"), new SubscriptionPurchased("c-7", "s-1", "CFQ7TTC0LH18", 10),
                new SubscriptionQuantityChanged("c-7", "s-1", 10, 12), new SubscriptionRenewed("c-7", "s-1"),
                new SubscriptionPurchased("c-7", "s-2", "CFQ7TTC0LH16", 1), new SubscriptionCancelled("c-7", "s-2"));
        CustomerView view = null;
        for (int i = 0; i < events.size(); i++) {
            view = CustomerView.evolve(view, new RecordedCustomerEvent(i, AT.plusSeconds(i), events.get(i)));
        }

        assertThat(view.gdapRelationships()).containsExactly(helpdesk);
        assertThat(view.mca().acceptance()).isNull();
        assertThat(view.costManagementEnabled()).isTrue();
        assertThat(view.subscriptions()).containsExactly(
                new SubscriptionView("s-1", "CFQ7TTC0LH18", 12, true, AT.plusSeconds(3), AT.plusSeconds(5)),
                new SubscriptionView("s-2", "CFQ7TTC0LH16", 1, false, AT.plusSeconds(6), null));
        assertThat(view.version()).isEqualTo(8);
    }

    @Test
    @DisplayName("names every role of a relationship by its Entra definition, also one recorded before events carried them")
    void gdapRolesByTheirDefinitions() {
        var recordedWithout = new GdapRelationship("r-1", "Helpdesk", 365,
                new LinkedHashSet<>(List.of(DirectoryRole.USER_ADMINISTRATOR, DirectoryRole.HELPDESK_ADMINISTRATOR)), true,
                List.of(new SecurityGroupAccess("sg-1", Set.of(DirectoryRole.HELPDESK_ADMINISTRATOR), null)), null);

        var view = CustomerView.evolve(CustomerView.evolve(null, new RecordedCustomerEvent(0, AT, added("c-7"))),
                new RecordedCustomerEvent(1, AT, new GdapGranted("c-7", "P-2000", recordedWithout)));

        var shown = view.gdapRelationships().getFirst();
        assertThat(shown.unifiedRoles()).containsExactly(
                new UnifiedRole("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
                new UnifiedRole("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"));
        assertThat(shown.securityGroups().getFirst().unifiedRoles())
                .containsExactly(new UnifiedRole("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"));
        assertThat(shown.roles()).containsExactly(DirectoryRole.USER_ADMINISTRATOR, DirectoryRole.HELPDESK_ADMINISTRATOR);
    }

    @Test
    @DisplayName("an event the view has already applied changes nothing (re-delivery, replay)")
    void alreadyAppliedEventIsIgnored() {
        var recorded = new RecordedCustomerEvent(0, AT, added("c-7"));
        var view = CustomerView.evolve(null, recorded);

        assertThat(CustomerView.evolve(view, recorded)).isSameAs(view);
    }
}
