package io.partnerportal.onboarding.kernel.customer.mca;

import io.partnerportal.onboarding.kernel.customer.subscription.BlockedReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Enabling cost management")
class CostManagementRulesTest {

    @Test
    @DisplayName("needs the MCA to be confirmed first")
    void needsTheMca() {
        assertThat(CostManagementRules.enablingBlockedBy(false)).containsExactly(BlockedReason.MCA_NOT_CONFIRMED);
        assertThat(CostManagementRules.enablingBlockedBy(true)).isEmpty();
    }
}
