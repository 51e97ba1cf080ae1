package io.partnerportal.onboarding.kernel.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Attribution metadata")
class AttributionTest {

    @Test
    @DisplayName("names the caller and the request, and gives the same caller back")
    void roundTrips() {
        var caller = new Caller("ivan", "P-2000", PartnerKind.INDIRECT_PROVIDER, Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT));

        var metadata = Attribution.of(caller, "req-42");

        assertThat(metadata).containsEntry("actor", "ivan").containsEntry("partnerId", "P-2000")
                .containsEntry("correlationId", "req-42");
        assertThat(Attribution.callerOf(metadata)).isEqualTo(caller);
    }

    @Test
    @DisplayName("of platform staff carries no partner")
    void platformStaffHaveNoPartner() {
        var metadata = Attribution.of(new Caller("vera", null, null, Set.of(Role.VERIFICATION_OFFICER)), "req-1");

        assertThat(metadata).doesNotContainKeys("partnerId", "partnerKind");
        assertThat(Attribution.callerOf(metadata).roles()).containsExactly(Role.VERIFICATION_OFFICER);
    }
}
