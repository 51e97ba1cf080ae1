package io.partnerportal.onboarding.kernel.customer.subscription;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which subscription operations verification blocks: a table, so that the command side (which enforces
 * it) and the read side (which shows it) consult the same thing. {@link #ARTICLE} is the help article's
 * rule and the default; {@link #RELAXED} is what the real portal does today: seat reductions and
 * cancellations continue while a customer is under review.
 */
public enum VerificationPolicy {

    ARTICLE(EnumSet.of(SubscriptionOperation.RENEW)),
    RELAXED(EnumSet.of(SubscriptionOperation.RENEW, SubscriptionOperation.DECREASE_QUANTITY,
            SubscriptionOperation.CANCEL));

    /** What stays allowed while the customer is pending verification. */
    private final Set<SubscriptionOperation> allowedWhilePending;

    VerificationPolicy(Set<SubscriptionOperation> allowedWhilePending) {
        this.allowedWhilePending = allowedWhilePending;
    }

    /**
     * Every reason the operation is blocked for a customer in this state; empty when it may go ahead.
     * Renewals are never blocked. No order is placed before the MCA is confirmed.
     */
    public List<BlockedReason> blockedReasons(SubscriptionOperation operation, VerificationStatus status,
                                              boolean mcaConfirmed) {
        var reasons = new ArrayList<BlockedReason>();
        if (operation == SubscriptionOperation.RENEW) {
            return reasons;
        }
        if (status == VerificationStatus.REJECTED) {
            reasons.add(BlockedReason.VERIFICATION_REJECTED);
        } else if (status == VerificationStatus.PENDING && !allowedWhilePending.contains(operation)) {
            reasons.add(BlockedReason.VERIFICATION_PENDING);
        }
        if (operation == SubscriptionOperation.PURCHASE && !mcaConfirmed) {
            reasons.add(BlockedReason.MCA_NOT_CONFIRMED);
        }
        return List.copyOf(reasons);
    }
}
