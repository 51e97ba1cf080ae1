package io.partnerportal.onboarding.kernel.customer.subscription;

import java.time.Instant;

/** A subscription as the customer view shows it. */
public record SubscriptionView(String subscriptionId, String offerId, int quantity, boolean active,
                               Instant purchasedAt, Instant lastRenewedAt) {
}
