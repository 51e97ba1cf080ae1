package io.partnerportal.onboarding.kernel.identity;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: the authenticated user, the partner they work for (absent for platform staff), that
 * partner's kind and the user's roles. Built from a JWT or a demo user; commands carry it as metadata.
 */
public record Caller(String userId, String partnerId, PartnerKind partnerKind, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPartnerStaff() {
        return partnerId != null;
    }
}
