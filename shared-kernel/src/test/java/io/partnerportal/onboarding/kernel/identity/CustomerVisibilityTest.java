package io.partnerportal.onboarding.kernel.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Who may see a customer of partner P-2000 associated with reseller P-2100")
class CustomerVisibilityTest {

    private static boolean sees(Caller caller) {
        return CustomerVisibility.canSee(caller, "P-2000", "P-2100");
    }

    @Test
    @DisplayName("the owning partner's staff")
    void owningPartner() {
        assertThat(sees(new Caller("ivan", "P-2000", PartnerKind.INDIRECT_PROVIDER, Set.of(Role.ADMIN_AGENT)))).isTrue();
    }

    @Test
    @DisplayName("the associated reseller")
    void associatedReseller() {
        assertThat(sees(new Caller("rita", "P-2100", PartnerKind.INDIRECT_RESELLER, Set.of(Role.INDIRECT_RESELLER))))
                .isTrue();
    }

    @Test
    @DisplayName("verification officers and auditors, across partners")
    void platformReaders() {
        assertThat(sees(new Caller("vera", null, null, Set.of(Role.VERIFICATION_OFFICER)))).isTrue();
        assertThat(sees(new Caller("otto", null, null, Set.of(Role.AUDITOR)))).isTrue();
    }

    @Test
    @DisplayName("not another partner's staff, whatever their roles")
    void notAnotherPartner() {
        assertThat(sees(new Caller("gina", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.GLOBAL_ADMIN)))).isFalse();
    }

    @Test
    @DisplayName("not an operator, who runs projections but reads no customer")
    void notAnOperator() {
        assertThat(sees(new Caller("opal", null, null, Set.of(Role.OPERATOR)))).isFalse();
    }
}
