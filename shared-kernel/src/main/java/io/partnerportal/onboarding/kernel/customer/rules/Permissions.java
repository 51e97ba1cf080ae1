package io.partnerportal.onboarding.kernel.customer.rules;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rules.NotPermittedException;

import java.util.EnumSet;
import java.util.Set;

/** The role table of the domain page, as pure checks that throw when the caller may not act. */
public final class Permissions {

    private static final Set<Role> MAY_ADD_CUSTOMERS =
            EnumSet.of(Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT);

    private Permissions() {
    }

    public static void requireMayAddCustomers(Caller caller) {
        if (caller.has(Role.INDIRECT_RESELLER)) {
            throw new NotPermittedException("Indirect resellers cannot add customers; request a relationship "
                    + "with the existing customer instead (POST /api/relationship-requests).");
        }
        if (!caller.isPartnerStaff() || caller.roles().stream().noneMatch(MAY_ADD_CUSTOMERS::contains)) {
            throw new NotPermittedException("Adding customers needs one of the roles " + MAY_ADD_CUSTOMERS
                    + " of a partner.");
        }
    }
}
