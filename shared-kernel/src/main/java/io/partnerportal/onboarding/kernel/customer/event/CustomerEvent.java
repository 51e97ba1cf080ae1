package io.partnerportal.onboarding.kernel.customer.event;

/**
 * Everything that can happen to a customer. Sealed, so that every fold over a customer's history
 * ({@code CustomerView.evolve}, the aggregate) is checked by the compiler to handle each kind.
 */
public sealed interface CustomerEvent permits CustomerAdded, DefaultGdapCreated, McaAcceptanceConfirmed, GdapGranted,
        BillingInfoChanged, VerificationRestarted, VerificationApproved, VerificationRejected, CostManagementEnabled,
        CostManagementDisabled, SubscriptionPurchased, SubscriptionQuantityChanged, SubscriptionCancelled,
        SubscriptionRenewed, RelationshipRequested {

    String customerId();
}
