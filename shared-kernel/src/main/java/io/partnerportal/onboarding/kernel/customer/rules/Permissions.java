package io.partnerportal.onboarding.kernel.customer.rules;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.CustomerVisibility;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rules.CustomerNotFoundException;
import io.partnerportal.onboarding.kernel.rules.NotPermittedException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.partnerportal.onboarding.kernel.customer.rules.CustomerAction.*;

/** The role table of the domain page, and the tenant rule for acting on an existing customer. */
public final class Permissions {

    private static final Map<Role, Set<CustomerAction>> TABLE = new EnumMap<>(Map.of(
            Role.GLOBAL_ADMIN, EnumSet.of(ADD_CUSTOMER, CONFIRM_MCA, GRANT_GDAP, CHANGE_BILLING_INFO,
                    MANAGE_COST_MANAGEMENT, MANAGE_SUBSCRIPTIONS, REQUEST_RELATIONSHIP),
            Role.USER_MANAGEMENT_ADMIN, EnumSet.of(ADD_CUSTOMER, REQUEST_RELATIONSHIP),
            Role.ADMIN_AGENT, EnumSet.of(ADD_CUSTOMER, CONFIRM_MCA, GRANT_GDAP, CHANGE_BILLING_INFO,
                    MANAGE_COST_MANAGEMENT, MANAGE_SUBSCRIPTIONS, REQUEST_RELATIONSHIP),
            Role.SALES_AGENT, EnumSet.of(ADD_CUSTOMER, CONFIRM_MCA, MANAGE_SUBSCRIPTIONS, REQUEST_RELATIONSHIP),
            Role.INDIRECT_RESELLER, EnumSet.of(REQUEST_RELATIONSHIP),
            Role.VERIFICATION_OFFICER, EnumSet.of(DECIDE_VERIFICATION),
            Role.AUDITOR, EnumSet.noneOf(CustomerAction.class),
            Role.OPERATOR, EnumSet.noneOf(CustomerAction.class)));

    private Permissions() {
    }

    public static boolean may(Caller caller, CustomerAction action) {
        return caller.roles().stream().anyMatch(role -> TABLE.get(role).contains(action));
    }

    public static void requireMayAddCustomers(Caller caller) {
        if (caller.has(Role.INDIRECT_RESELLER)) {
            throw new NotPermittedException("Indirect resellers cannot add customers; request a relationship "
                    + "with the existing customer instead (POST /api/relationship-requests).");
        }
        if (!caller.isPartnerStaff() || !may(caller, ADD_CUSTOMER)) {
            throw new NotPermittedException("Adding customers needs one of the roles GLOBAL_ADMIN, "
                    + "USER_MANAGEMENT_ADMIN, ADMIN_AGENT or SALES_AGENT of a partner.");
        }
    }

    /**
     * May the caller do this to an existing customer? Whoever may not even see it learns nothing (404);
     * whoever sees it but lacks the role is told so (403). Partner actions are for the owning partner's
     * staff only: an associated reseller reads the customer but does not change it.
     */
    public static void requireMayAct(Caller caller, CustomerAction action, String customerId, String ownerPartnerId,
                                     String associatedResellerId) {
        if (!CustomerVisibility.canSee(caller, ownerPartnerId, associatedResellerId)) {
            throw new CustomerNotFoundException(customerId);
        }
        boolean partnerAction = action != DECIDE_VERIFICATION;
        if (!may(caller, action) || partnerAction && !ownerPartnerId.equals(caller.partnerId())) {
            throw new NotPermittedException("Your roles do not allow " + action.name().toLowerCase().replace('_', ' ')
                    + " for this customer.");
        }
    }
}
