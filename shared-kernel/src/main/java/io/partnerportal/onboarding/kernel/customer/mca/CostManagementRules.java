package io.partnerportal.onboarding.kernel.customer.mca;

import io.partnerportal.onboarding.kernel.customer.subscription.BlockedReason;

import java.util.List;

/** Azure cost management for a customer is billed under the MCA: it can be turned on only once the MCA is confirmed. */
public final class CostManagementRules {

    private CostManagementRules() {
    }

    /** Why cost management cannot be enabled now; empty when it can. */
    public static List<BlockedReason> enablingBlockedBy(boolean mcaConfirmed) {
        return mcaConfirmed ? List.of() : List.of(BlockedReason.MCA_NOT_CONFIRMED);
    }
}
