package io.partnerportal.onboarding.platform.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The trusted issuer of JWT mode")
class TrustedIssuerTest {

    @Test
    @DisplayName("is the issuer-uri and the audiences a deployment gives")
    void given() {
        assertThat(TrustedIssuer.of(" https://login.example/ ", List.of("api://portal", " ", "portal")))
                .isEqualTo(new TrustedIssuer("https://login.example/", List.of("api://portal", "portal")));
    }

    @Test
    @DisplayName("must be given: without an issuer the backend does not start, and says which property to set")
    void issuerRequired() {
        for (String missing : Arrays.asList(null, "", "  ")) {
            assertThatThrownBy(() -> TrustedIssuer.of(missing, List.of("portal")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        }
    }

    @Test
    @DisplayName("must name this backend's audience: without one the backend does not start, and says which property to set")
    void audienceRequired() {
        for (List<String> missing : Arrays.asList(null, List.<String>of(), List.of(" "))) {
            assertThatThrownBy(() -> TrustedIssuer.of("https://login.example/", missing))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
        }
    }
}
