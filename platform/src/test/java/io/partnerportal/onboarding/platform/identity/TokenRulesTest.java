package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("A bearer token's registered claims")
class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final TrustedIssuer TRUSTED = new TrustedIssuer("https://login.example/tenant/v2.0",
            List.of("api://partner-portal", "partner-portal"));

    private static Jwt.Builder good() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1")
                .issuer("https://login.example/tenant/v2.0").audience(List.of("api://partner-portal"))
                .issuedAt(NOW.minus(Duration.ofHours(2))).expiresAt(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("pass when the trusted issuer issued it for this backend and it is current")
    void goodToken() {
        assertThat(TokenRules.brokenRule(good().build(), TRUSTED, NOW)).isEmpty();
        assertThat(TokenRules.brokenRule(good().audience(List.of("other", "partner-portal")).build(), TRUSTED, NOW)).isEmpty();
    }

    @Test
    @DisplayName("allow a minute of clock skew either way")
    void clockSkew() {
        assertThat(TokenRules.brokenRule(good().expiresAt(NOW.minusSeconds(59)).build(), TRUSTED, NOW)).isEmpty();
        assertThat(TokenRules.brokenRule(good().notBefore(NOW.plusSeconds(59)).build(), TRUSTED, NOW)).isEmpty();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("without exp", (UnaryOperator<Jwt.Builder>) token -> token.claims(claims -> claims.remove("exp")),
                        "exp", "REQUIRED"),
                arguments("expired more than a minute ago", (UnaryOperator<Jwt.Builder>) token -> token.expiresAt(NOW.minusSeconds(61)),
                        "exp", "EXPIRED"),
                arguments("not valid for another minute", (UnaryOperator<Jwt.Builder>) token -> token.notBefore(NOW.plusSeconds(61)),
                        "nbf", "NOT_YET_VALID"),
                arguments("without iss", (UnaryOperator<Jwt.Builder>) token -> token.claims(claims -> claims.remove("iss")),
                        "iss", "UNTRUSTED_ISSUER"),
                arguments("of another issuer", (UnaryOperator<Jwt.Builder>) token -> token.issuer("https://login.example/other/v2.0"),
                        "iss", "UNTRUSTED_ISSUER"),
                arguments("without aud", (UnaryOperator<Jwt.Builder>) token -> token.claims(claims -> claims.remove("aud")),
                        "aud", "WRONG_AUDIENCE"),
                arguments("for another service", (UnaryOperator<Jwt.Builder>) token -> token.audience(List.of("api://billing")),
                        "aud", "WRONG_AUDIENCE"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}", quoteTextArguments = false)
    @MethodSource("refusals")
    @DisplayName("refuse a token")
    void refusal(String name, UnaryOperator<Jwt.Builder> change, String claim, String code) {
        assertThat(TokenRules.brokenRule(change.apply(good()).build(), TRUSTED, NOW)).hasValueSatisfying(rule -> {
            assertThat(rule).extracting(Violation::field, Violation::code).containsExactly(claim, code);
            assertThat(rule.message()).startsWith("The token").contains(claim).endsWith(".");
        });
    }

    @Test
    @DisplayName("name what was expected, so that an operator can compare it with the issuer's settings")
    void messagesNameTheExpectation() {
        assertThat(TokenRules.brokenRule(good().issuer("x").build(), TRUSTED, NOW)).get().extracting(Violation::message)
                .isEqualTo("The token was not issued by the trusted issuer: iss must be https://login.example/tenant/v2.0.");
        assertThat(TokenRules.brokenRule(good().audience(List.of("x")).build(), TRUSTED, NOW)).get().extracting(Violation::message)
                .isEqualTo("The token was issued for another service: aud must include api://partner-portal or partner-portal.");
        assertThat(TokenRules.brokenRule(good().expiresAt(NOW.minusSeconds(3600)).build(), TRUSTED, NOW)).get()
                .extracting(Violation::message).isEqualTo("The token expired at 2027-03-01T09:00:00Z: exp must be in the future.");
    }
}
