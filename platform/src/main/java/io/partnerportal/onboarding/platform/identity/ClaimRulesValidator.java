package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;

import java.time.Clock;
import java.util.Optional;

/**
 * The claim rules ({@link TokenRules}, then {@link CallerClaims}) as Spring Security's decoder asks for
 * them: a token that breaks one is refused while it is decoded, as {@code invalid_token}, before any
 * controller or access rule sees it.
 */
final class ClaimRulesValidator implements OAuth2TokenValidator<Jwt> {

    /** The broken rule travels inside Spring Security's error, so that the answer can name the claim. */
    static final class BrokenRule extends OAuth2Error {

        private final transient Violation violation;

        BrokenRule(Violation violation) {
            super(BearerTokenErrorCodes.INVALID_TOKEN, violation.message(), null);
            this.violation = violation;
        }

        Violation violation() {
            return violation;
        }
    }

    private final TrustedIssuer trusted;
    private final Clock clock;

    ClaimRulesValidator(TrustedIssuer trusted, Clock clock) {
        this.trusted = trusted;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        return TokenRules.brokenRule(token, trusted, clock.instant())
                .or(() -> CallerClaims.read(token) instanceof CallerClaims.Refused refused
                        ? Optional.of(refused.violation()) : Optional.empty())
                .map(violation -> OAuth2TokenValidatorResult.failure(new BrokenRule(violation)))
                .orElseGet(OAuth2TokenValidatorResult::success);
    }
}
