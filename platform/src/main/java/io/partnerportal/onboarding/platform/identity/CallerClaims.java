package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerId;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a bearer token says is calling: {@code sub} is the user, {@code roles} their roles, and
 * {@code partner_id} with {@code partner_kind} the partner they work for (both absent for platform staff).
 * A token that names no user, grants no role this backend knows, or names a partner in a way no partner is
 * named is refused as a whole: guessing what it meant could let it act for a partner it does not belong to.
 */
final class CallerClaims {

    static final String SUBJECT = "sub";
    static final String ROLES = "roles";
    static final String PARTNER_ID = "partner_id";
    static final String PARTNER_KIND = "partner_kind";

    /** What the claims say: a caller, or the rule they break. */
    sealed interface Reading {
    }

    record Identified(Caller caller) implements Reading {
    }

    record Refused(Violation violation) implements Reading {
    }

    private CallerClaims() {
    }

    static Reading read(Jwt token) {
        String user = token.getSubject();
        if (user == null || user.isBlank()) {
            return refused(SUBJECT, "REQUIRED", "The token names no user: the sub claim is required.");
        }
        Set<Role> roles = knownRoles(token.getClaim(ROLES));
        if (roles.isEmpty()) {
            return refused(ROLES, "NO_KNOWN_ROLE", "The token grants no role this backend knows: the roles claim must "
                    + "hold at least one of " + names(Role.values()) + ".");
        }
        Object partnerId = token.getClaims().get(PARTNER_ID);
        Object partnerKind = token.getClaims().get(PARTNER_KIND);
        if (partnerId != null) {
            List<Violation> malformed = PartnerId.violations(PARTNER_ID, String.valueOf(partnerId));
            if (!malformed.isEmpty()) {
                Violation rule = malformed.getFirst();
                return refused(PARTNER_ID, rule.code(), "The token's partner is malformed: " + rule.message()
                        + ", or be absent for platform staff.");
            }
        }
        Optional<PartnerKind> kind = kindNamed(partnerKind);
        if (partnerKind != null && kind.isEmpty()) {
            return refused(PARTNER_KIND, "UNKNOWN_VALUE", "The token's kind of partner is unknown: partner_kind must "
                    + "be one of " + names(PartnerKind.values()) + ".");
        }
        if ((partnerId == null) != (partnerKind == null)) {
            String missing = partnerId == null ? PARTNER_ID : PARTNER_KIND;
            return refused(missing, "REQUIRED", "The token names half a partner: partner_id and partner_kind come "
                    + "together (a partner's staff have both, platform staff neither), so " + missing + " is required.");
        }
        return new Identified(new Caller(user, (String) partnerId, kind.orElse(null), roles));
    }

    /** Role names this backend does not know are left out: a token may carry roles meant for other services. */
    static Set<Role> knownRoles(Object claim) {
        Collection<?> names = claim instanceof Collection<?> list ? list
                : claim instanceof String single ? List.of(single.split("[ ,]+")) : List.of();
        var roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            Arrays.stream(Role.values()).filter(role -> role.name().equals(String.valueOf(name))).forEach(roles::add);
        }
        return roles;
    }

    private static Optional<PartnerKind> kindNamed(Object claim) {
        return Arrays.stream(PartnerKind.values()).filter(kind -> kind.name().equals(claim)).findFirst();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Reading refused(String claim, String code, String message) {
        return new Refused(new Violation(claim, code, message));
    }
}
