package io.partnerportal.onboarding.platform.identity;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo users of the HTTP contract. They exist only in the embedded default, when no JWT issuer is
 * configured, and the log says so loudly at start-up. Their shared password is public on purpose.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    public static final List<Caller> ALL = List.of(
            new Caller("gina", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.GLOBAL_ADMIN)),
            new Caller("adam", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.ADMIN_AGENT)),
            new Caller("sara", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.SALES_AGENT)),
            new Caller("ivan", "P-2000", PartnerKind.INDIRECT_PROVIDER, Set.of(Role.ADMIN_AGENT)),
            new Caller("rita", "P-2100", PartnerKind.INDIRECT_RESELLER, Set.of(Role.INDIRECT_RESELLER)),
            new Caller("vera", null, null, Set.of(Role.VERIFICATION_OFFICER)),
            new Caller("otto", null, null, Set.of(Role.AUDITOR)),
            new Caller("opal", null, null, Set.of(Role.OPERATOR)));

    private DemoUsers() {
    }

    public static Optional<Caller> named(String userId) {
        return ALL.stream().filter(user -> user.userId().equals(userId)).findFirst();
    }
}
