package io.partnerportal.onboarding.platform.identity;

import com.nimbusds.jose.proc.BadJOSEException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.List;

/**
 * How JWT mode answers a request it cannot authenticate (RFC 6750, section 3): 401, a {@code Bearer}
 * challenge, and the problem document of every other failure. A request without a token is asked for one;
 * a refused token gets {@code error="invalid_token"} and the rule it broke, as {@code error_description},
 * {@code detail} and the one entry of {@code errors} (naming the claim, or {@code token} for its signature
 * and form). A refusal is the client's doing, so the log gets a line without a stack trace.
 */
final class BearerTokenRefusals implements ServerAuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenRefusals.class);

    static final String INVALID_TOKEN = "INVALID_TOKEN";

    private final ProblemWriter problems;

    BearerTokenRefusals(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!(failure instanceof OAuth2AuthenticationException refused)) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "Authenticate first: send a bearer token."));
        }
        Violation rule = brokenRule(refused);
        log.info("Bearer token refused ({} {}): {}", rule.field(), rule.code(), rule.message());
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge(rule));
        return problems.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, INVALID_TOKEN, rule.message(), List.of(rule)));
    }

    /** The rule a refused token broke, found where Spring Security and Nimbus keep it. */
    static Violation brokenRule(OAuth2AuthenticationException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                return invalid.getErrors().stream().findFirst().map(BearerTokenRefusals::ruleOf)
                        .orElse(tokenRule("INVALID", "The token breaks a rule of its issuer's."));
            }
            if (cause instanceof BadJOSEException) {
                return tokenRule("SIGNATURE", "The token's signature does not verify: it must be signed with the "
                        + "trusted issuer's key and algorithm.");
            }
            if (cause instanceof ParseException) {
                return tokenRule("MALFORMED", "The bearer token is not a JWT: it must be three base64url parts "
                        + "separated by dots.");
            }
            if (cause instanceof BadJwtException && cause.getCause() == null) {
                // The one such refusal of Spring's decoder: a token whose alg is none.
                return tokenRule("UNSIGNED", "The token is not signed (alg none): only tokens the trusted issuer "
                        + "signed are accepted.");
            }
        }
        String description = failure.getError().getDescription();
        return tokenRule("INVALID", description == null || description.isBlank()
                ? "The bearer token was refused." : description);
    }

    /** RFC 6750's challenge; the description keeps to the characters the RFC allows in it. */
    static String challenge(Violation rule) {
        String description = rule.message().replace('"', '\'').replaceAll("[^\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]", "?");
        return "Bearer error=\"invalid_token\", error_description=\"" + description + "\"";
    }

    private static Violation ruleOf(OAuth2Error error) {
        return error instanceof ClaimRulesValidator.BrokenRule broken ? broken.violation()
                : tokenRule("INVALID", error.getDescription());
    }

    private static Violation tokenRule(String code, String message) {
        return new Violation("token", code, message);
    }
}
