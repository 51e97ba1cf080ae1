package io.partnerportal.onboarding.kernel.customer.subscription;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;

/** The shape of a subscription order; whether verification blocks it is VerificationPolicy's call. */
public final class SubscriptionRules {

    public static final int MAX_QUANTITY = 100_000;
    public static final int MAX_OFFER_ID_LENGTH = 200;

    private SubscriptionRules() {
    }

    public static List<Violation> purchaseViolations(String offerId, Integer quantity) {
        var found = new ArrayList<Violation>();
        if (offerId == null || offerId.isBlank()) {
            found.add(Violation.required("offerId"));
        } else if (offerId.strip().length() > MAX_OFFER_ID_LENGTH) {
            found.add(new Violation("offerId", "OFFER_ID_LENGTH", "offerId must be at most " + MAX_OFFER_ID_LENGTH
                    + " characters"));
        }
        found.addAll(quantityViolations(quantity));
        return List.copyOf(found);
    }

    public static List<Violation> quantityViolations(Integer quantity) {
        if (quantity == null) {
            return List.of(Violation.required("quantity"));
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            return List.of(new Violation("quantity", "QUANTITY_RANGE",
                    "quantity must be from 1 to " + MAX_QUANTITY));
        }
        return List.of();
    }
}
