package io.partnerportal.onboarding.platform.identity;

import com.nimbusds.jose.proc.BadJWSException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.text.ParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A refused bearer token's answer")
class BearerTokenRefusalsTest {

    private static Violation ruleOf(Throwable decoderFailure) {
        return BearerTokenRefusals.brokenRule(new InvalidBearerTokenException(decoderFailure.getMessage(), decoderFailure));
    }

    @Test
    @DisplayName("names the claim rule the token broke")
    void brokenClaimRule() {
        var rule = new Violation("exp", "REQUIRED", "The token has no expiry: the exp claim is required.");
        var failure = new JwtValidationException("An error occurred", List.of(new ClaimRulesValidator.BrokenRule(rule),
                new OAuth2Error("invalid_token", "Jwt expired at ...", null)));

        assertThat(ruleOf(failure)).isEqualTo(rule);
    }

    @Test
    @DisplayName("tells a wrong signature, an unsigned token and a token that is no JWT apart")
    void signatureAndForm() {
        assertThat(ruleOf(new BadJwtException("Failed to validate the token", new BadJWSException("Invalid signature"))))
                .extracting(Violation::field, Violation::code).containsExactly("token", "SIGNATURE");
        assertThat(ruleOf(new BadJwtException("Unsupported algorithm of none")))
                .extracting(Violation::field, Violation::code).containsExactly("token", "UNSIGNED");
        assertThat(ruleOf(new BadJwtException("An error occurred", new ParseException("Missing dot delimiter(s)", 0))))
                .extracting(Violation::field, Violation::code).containsExactly("token", "MALFORMED");
    }

    @Test
    @DisplayName("is an RFC 6750 challenge whose description keeps to the characters the RFC allows")
    void challenge() {
        assertThat(BearerTokenRefusals.challenge(new Violation("aud", "WRONG_AUDIENCE", "The token was issued for another service.")))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"The token was issued for another service.\"");
        assertThat(BearerTokenRefusals.challenge(new Violation("token", "INVALID", "say \"hi\"\r\nSet-Cookie: x\\ é")))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"say 'hi'??Set-Cookie: x? ?\"");
    }
}
