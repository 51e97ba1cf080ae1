package io.partnerportal.onboarding.platform.identity;

import java.util.List;

/**
 * Whom this backend takes bearer tokens from: the issuer a token must name in {@code iss}, and the
 * audiences of which its {@code aud} must hold at least one. Both are required in JWT mode: without them
 * any token the key signed would do, whoever it was issued for.
 */
record TrustedIssuer(String issuer, List<String> audiences) {

    static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String AUDIENCES_PROPERTY = "spring.security.oauth2.resourceserver.jwt.audiences";

    TrustedIssuer {
        audiences = List.copyOf(audiences);
    }

    /** The trusted issuer of a deployment's settings, or the reason the backend will not start. */
    static TrustedIssuer of(String issuer, List<String> audiences) {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("JWT mode needs the issuer whose tokens to trust: set " + ISSUER_PROPERTY
                    + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI) to the iss value of its tokens.");
        }
        List<String> given = audiences == null ? List.of()
                : audiences.stream().filter(audience -> audience != null && !audience.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            throw new IllegalStateException("JWT mode needs the audience this backend is, so that tokens issued for "
                    + "other services are refused: set " + AUDIENCES_PROPERTY
                    + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES) to the aud value of its tokens.");
        }
        return new TrustedIssuer(issuer.strip(), given);
    }
}
