package io.partnerportal.onboarding.kernel.customer.access;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A customer's associated reseller")
class ResellerRulesTest {

    /** Provider P-2000 has one reseller, P-2100. */
    private static final PartnerDirectory PARTNERS = new PartnerDirectory() {
        @Override
        public boolean isResellerOf(String reseller, String provider) {
            return "P-2100".equals(reseller) && "P-2000".equals(provider);
        }

        @Override
        public Set<String> emailDomainsOf(String partnerId) {
            return Set.of();
        }
    };

    @Test
    @DisplayName("may be left out")
    void optional() {
        assertThat(ResellerRules.associationViolations(null, "P-2000", PARTNERS)).isEmpty();
    }

    @Test
    @DisplayName("is one of the provider's own resellers")
    void ownReseller() {
        assertThat(ResellerRules.associationViolations("P-2100", "P-2000", PARTNERS)).isEmpty();
        assertThat(ResellerRules.associationViolations("P-2100", "P-1000", PARTNERS))
                .extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("associatedResellerId", "NOT_YOUR_RESELLER"));
    }
}
