package io.partnerportal.onboarding.kernel.customer.gdap;

import java.util.Collection;
import java.util.List;

/**
 * A directory role as Microsoft Graph's {@code delegatedAdminRelationship} names it in its
 * {@code accessDetails.unifiedRoles}: by the id of its role definition, here with the name Microsoft Entra
 * shows for it. An event keeps these as they were when it was recorded, so a role Microsoft later renames
 * is still rendered as it was then.
 */
public record UnifiedRole(String roleDefinitionId, String displayName) {

    public static UnifiedRole of(DirectoryRole role) {
        return new UnifiedRole(role.roleDefinitionId(), role.displayName());
    }

    /** The definitions of {@code roles}, in their order. */
    static List<UnifiedRole> allOf(Collection<DirectoryRole> roles) {
        return roles.stream().map(UnifiedRole::of).toList();
    }
}
