package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an authenticated principal into the domain's {@link Caller}: a JWT by its claims
 * ({@code sub}, {@code partner_id}, {@code partner_kind}, {@code roles}), a demo user by its name.
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

    static Caller fromClaims(Jwt jwt) {
        return new Caller(
                jwt.getSubject(),
                jwt.getClaimAsString("partner_id"),
                partnerKind(jwt.getClaimAsString("partner_kind")),
                roles(jwt.getClaim("roles")));
    }

    private static PartnerKind partnerKind(String claim) {
        for (PartnerKind kind : PartnerKind.values()) {
            if (kind.name().equals(claim)) {
                return kind;
            }
        }
        return null;
    }

    /** Unknown role names are ignored rather than failing the request: the caller simply lacks them. */
    static Set<Role> roles(Object claim) {
        Collection<?> names = claim instanceof Collection<?> list ? list
                : claim instanceof String single ? List.of(single.split("[ ,]+")) : List.of();
        var roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(String.valueOf(name))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** Spring Security authorities for the roles, so that path rules can say {@code hasRole("OPERATOR")}. */
    public static List<String> authorities(Set<Role> roles) {
        return roles.stream().map(role -> "ROLE_" + role.name()).toList();
    }
}
