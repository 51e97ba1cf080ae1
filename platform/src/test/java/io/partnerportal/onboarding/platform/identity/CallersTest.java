package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A JWT's claims")
class CallersTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u-17")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    @DisplayName("make a partner's staff member from sub, partner_id, partner_kind and roles")
    void partnerStaff() {
        Caller caller = Callers.fromClaims(token().claim("partner_id", "P-2000")
                .claim("partner_kind", "INDIRECT_PROVIDER").claim("roles", List.of("ADMIN_AGENT")).build());

        assertThat(caller).isEqualTo(new Caller("u-17", "P-2000", PartnerKind.INDIRECT_PROVIDER, Set.of(Role.ADMIN_AGENT)));
    }

    @Test
    @DisplayName("without partner_id make platform staff; unknown roles and kinds are not granted")
    void platformStaffAndUnknownValues() {
        Caller caller = Callers.fromClaims(token().claim("partner_kind", "SOMETHING_ELSE")
                .claim("roles", List.of("AUDITOR", "SUPERUSER")).build());

        assertThat(caller.isPartnerStaff()).isFalse();
        assertThat(caller.partnerKind()).isNull();
        assertThat(caller.roles()).containsExactly(Role.AUDITOR);
    }
}
