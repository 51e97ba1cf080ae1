package io.partnerportal.onboarding.kernel.customer.subscription;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;

import java.util.List;

/**
 * What a customer's partner may do with subscriptions right now, as the read side shows it. Computed
 * from the same {@link VerificationPolicy} the command side enforces, so the two cannot disagree.
 * {@code blockedReasons} are those of a purchase, the most restricted operation.
 */
public record PurchaseEligibility(String customerId, boolean canPurchase, boolean canManageSubscriptions, boolean canReduceSeats,
                                  boolean canCancel, boolean canRenew, List<BlockedReason> blockedReasons) {

    public static PurchaseEligibility of(String customerId, VerificationPolicy policy, VerificationStatus status,
                                         boolean mcaConfirmed) {
        List<BlockedReason> purchase = policy.blockedReasons(SubscriptionOperation.PURCHASE, status, mcaConfirmed);
        return new PurchaseEligibility(
                customerId,
                purchase.isEmpty(),
                allowed(policy, SubscriptionOperation.INCREASE_QUANTITY, status, mcaConfirmed),
                allowed(policy, SubscriptionOperation.DECREASE_QUANTITY, status, mcaConfirmed),
                allowed(policy, SubscriptionOperation.CANCEL, status, mcaConfirmed),
                allowed(policy, SubscriptionOperation.RENEW, status, mcaConfirmed),
                purchase);
    }

    private static boolean allowed(VerificationPolicy policy, SubscriptionOperation operation, VerificationStatus status,
                                   boolean mcaConfirmed) {
        return policy.blockedReasons(operation, status, mcaConfirmed).isEmpty();
    }
}
