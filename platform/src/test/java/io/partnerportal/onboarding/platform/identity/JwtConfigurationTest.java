package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.platform.testing.TestIssuer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("JWT mode's settings")
class JwtConfigurationTest {

    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";
    private static final Caller SARA = new Caller("u-sara", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.SALES_AGENT));

    private final ApplicationContextRunner backend = new ApplicationContextRunner()
            .withUserConfiguration(JwtConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    /** The test issuer's settings but {@code left out}; the others as given. */
    private static String[] settingsWithout(String leftOut, String... others) {
        var settings = new java.util.ArrayList<String>();
        TestIssuer.properties().forEach((key, value) -> {
            if (!key.endsWith(leftOut)) {
                settings.add(key + "=" + value);
            }
        });
        settings.addAll(java.util.List.of(others));
        return settings.toArray(String[]::new);
    }

    @Test
    @DisplayName("without any of them, the embedded default has no decoder: the demo users sign in instead")
    void none() {
        backend.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ReactiveJwtDecoder.class));
    }

    @Test
    @DisplayName("without an issuer, the backend refuses to start and names the property")
    void noIssuer() {
        backend.withPropertyValues(settingsWithout("issuer-uri")).run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining(PREFIX + "issuer-uri"));
    }

    @Test
    @DisplayName("without an audience, the backend refuses to start and names the property")
    void noAudience() {
        backend.withPropertyValues(settingsWithout("audiences")).run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining(PREFIX + "audiences"));
    }

    @Test
    @DisplayName("an audience alone asks for JWT mode too, and so does not start without an issuer")
    void audienceAlone() {
        backend.withPropertyValues(PREFIX + "audiences[0]=" + TestIssuer.AUDIENCE).run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining(PREFIX + "issuer-uri"));
    }

    @Test
    @DisplayName("with a public key, the issuer is checked in iss and never fetched (its host does not even resolve)")
    void publicKeyAndIssuer() {
        backend.withPropertyValues(settingsWithout("none")).run(context -> {
            ReactiveJwtDecoder decoder = context.getBean(ReactiveJwtDecoder.class);
            assertThat(decoder).isInstanceOf(NimbusReactiveJwtDecoder.class);

            assertThat(decoder.decode(TestIssuer.tokenFor(SARA)).block().getSubject()).isEqualTo("u-sara");
            assertThatThrownBy(() -> decoder.decode(TestIssuer.sign(TestIssuer.claimsOf(SARA)
                    .issuer("https://someone-else.test/").build())).block())
                    .isInstanceOfSatisfying(JwtValidationException.class, refused -> assertThat(refused.getErrors())
                            .first().isInstanceOfSatisfying(ClaimRulesValidator.BrokenRule.class,
                                    rule -> assertThat(rule.violation().field()).isEqualTo("iss")));
        });
    }

    @Test
    @DisplayName("with a JWK set, the backend starts without fetching it or the issuer")
    void jwkSet() {
        Map<String, Object> settings = TestIssuer.properties();
        backend.withPropertyValues(PREFIX + "jwk-set-uri=https://keys.partner-portal.test/jwks",
                PREFIX + "issuer-uri=" + settings.get(PREFIX + "issuer-uri"),
                PREFIX + "audiences=" + settings.get(PREFIX + "audiences"))
                .run(context -> assertThat(context).hasNotFailed().getBean(ReactiveJwtDecoder.class)
                        .isInstanceOf(NimbusReactiveJwtDecoder.class));
    }
}
