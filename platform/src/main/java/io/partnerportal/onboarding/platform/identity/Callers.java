package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;

/**
 * Turns an authenticated principal into the domain's {@link Caller}: a JWT by its claims
 * ({@link CallerClaims}), a demo user by its name.
 */
public final class Callers {

    private Callers() {
    }

    public static Caller from(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            return fromClaims(jwt);
        }
        return DemoUsers.named(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("Unknown user " + authentication.getName()));
    }

    /** The caller of a token the decoder accepted, which has already met {@link CallerClaims}' rules. */
    static Caller fromClaims(Jwt jwt) {
        return switch (CallerClaims.read(jwt)) {
            case CallerClaims.Identified identified -> identified.caller();
            case CallerClaims.Refused refused -> throw new IllegalStateException(
                    "A token that breaks a claim rule got past the decoder: " + refused.violation().message());
        };
    }

    /** Spring Security authorities for the roles, so that path rules can say {@code hasRole("OPERATOR")}. */
    public static List<String> authorities(Set<Role> roles) {
        return roles.stream().map(role -> "ROLE_" + role.name()).toList();
    }
}
