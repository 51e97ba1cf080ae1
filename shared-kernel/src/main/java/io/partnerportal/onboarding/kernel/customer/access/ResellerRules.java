package io.partnerportal.onboarding.kernel.customer.access;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;

/** An indirect provider adds a customer on behalf of one of its own resellers, and of no one else's. */
public final class ResellerRules {

    private ResellerRules() {
    }

    public static List<Violation> associationViolations(String associatedResellerId, String callerPartnerId,
                                                        PartnerDirectory partners) {
        if (associatedResellerId == null || partners.isResellerOf(associatedResellerId, callerPartnerId)) {
            return List.of();
        }
        return List.of(new Violation("associatedResellerId", "NOT_YOUR_RESELLER",
                "associatedResellerId must be one of your own indirect resellers"));
    }
}
