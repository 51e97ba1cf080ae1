package io.partnerportal.onboarding.kernel.identity;

/**
 * Tenant isolation as one pure rule, shared by both sides: a partner's staff see their partner's
 * customers, an indirect reseller those associated with it, verification officers and auditors all.
 * Whoever may not see a customer must not learn that it exists (the HTTP layer answers 404).
 */
public final class CustomerVisibility {

    private CustomerVisibility() {
    }

    public static boolean canSee(Caller caller, String ownerPartnerId, String associatedResellerId) {
        if (caller.has(Role.VERIFICATION_OFFICER) || caller.has(Role.AUDITOR)) {
            return true;
        }
        if (!caller.isPartnerStaff()) {
            return false;
        }
        return caller.partnerId().equals(ownerPartnerId) || caller.partnerId().equals(associatedResellerId);
    }
}
