package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a bearer token's registered claims (RFC 7519) must say before anyone reads who it names: that it
 * expires and has not yet, that it may already be used, that the trusted issuer issued it, and for this
 * backend. The signature is checked before, by the decoder; who the caller is, after ({@link CallerClaims}).
 */
final class TokenRules {

    /** How far the issuer's clock and ours may disagree, as Spring Security allows by default. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private TokenRules() {
    }

    /** The first rule the token breaks at {@code now}, or none. */
    static Optional<Violation> brokenRule(Jwt token, TrustedIssuer trusted, Instant now) {
        Instant expiry = token.getExpiresAt();
        if (expiry == null) {
            // A token without exp would be good forever, however it leaked.
            return refusal("exp", "REQUIRED", "The token has no expiry: the exp claim is required.");
        }
        if (!now.isBefore(expiry.plus(CLOCK_SKEW))) {
            return refusal("exp", "EXPIRED", "The token expired at " + expiry + ": exp must be in the future.");
        }
        Instant notBefore = token.getNotBefore();
        if (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore)) {
            return refusal("nbf", "NOT_YET_VALID", "The token is not valid before " + notBefore
                    + ": nbf must be in the past.");
        }
        if (!trusted.issuer().equals(token.getClaimAsString("iss"))) {
            return refusal("iss", "UNTRUSTED_ISSUER", "The token was not issued by the trusted issuer: iss must be "
                    + trusted.issuer() + ".");
        }
        List<String> audience = token.getAudience();
        if (audience == null || Collections.disjoint(audience, trusted.audiences())) {
            return refusal("aud", "WRONG_AUDIENCE", "The token was issued for another service: aud must include "
                    + String.join(" or ", trusted.audiences()) + ".");
        }
        return Optional.empty();
    }

    private static Optional<Violation> refusal(String claim, String code, String message) {
        return Optional.of(new Violation(claim, code, message));
    }
}
